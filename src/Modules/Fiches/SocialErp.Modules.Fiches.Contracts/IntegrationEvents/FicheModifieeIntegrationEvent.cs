using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.Contracts.IntegrationEvents;

/// <summary>
/// A fiche's data changed; the payload carries the new identity values and the API names of the fields that
/// changed (<c>nom</c>, <c>categories</c>, <c>adresses</c>…).
/// </summary>
[IntegrationEventName("fiches.fiche-modifiee.v1")]
public sealed record FicheModifieeIntegrationEvent(
    Guid FicheId,
    string Nom,
    string? Prenom,
    DateOnly? DateNaissance,
    IReadOnlyList<string> ChampsModifies) : IntegrationEvent
{
    public override string AggregateKey => $"fiche:{FicheId}";
}
