using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.Contracts.IntegrationEvents;

/// <summary>A person or organisation was registered.</summary>
[IntegrationEventName("fiches.fiche-creee.v1")]
public sealed record FicheCreeeIntegrationEvent(
    Guid FicheId,
    string Type,
    string Nom,
    string? Prenom,
    DateOnly? DateNaissance,
    Guid? ServiceId) : IntegrationEvent
{
    public override string AggregateKey => $"fiche:{FicheId}";
}
