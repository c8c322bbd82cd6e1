using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.Contracts.IntegrationEvents;

/// <summary>A fiche's identity data changed; the payload carries the new values.</summary>
[IntegrationEventName("fiches.fiche-modifiee.v1")]
public sealed record FicheModifieeIntegrationEvent(
    Guid FicheId,
    string Nom,
    string? Prenom,
    DateOnly? DateNaissance) : IntegrationEvent
{
    public override string AggregateKey => $"fiche:{FicheId}";
}
