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

    /// <summary>Civil status as the Fiches API codes it (<c>celibataire</c>, <c>marie</c>, <c>partenariatEnregistre</c>,
    /// <c>separe</c>, <c>divorce</c>, <c>veuf</c>, <c>inconnu</c>); null when not recorded (and in payloads older than the property).</summary>
    public string? EtatCivil { get; init; }

    /// <summary>Nationality, ISO 3166 alpha-2 (<c>CH</c>); null when not recorded (and in payloads older than the property).</summary>
    public string? Nationalite { get; init; }
}
