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

    /// <summary>Civil status as the Fiches API codes it (<c>celibataire</c>, <c>marie</c>, <c>partenariatEnregistre</c>,
    /// <c>separe</c>, <c>divorce</c>, <c>veuf</c>, <c>inconnu</c>); null when not recorded (and in payloads older than the property).</summary>
    public string? EtatCivil { get; init; }

    /// <summary>Nationality, ISO 3166 alpha-2 (<c>CH</c>); null when not recorded (and in payloads older than the property).</summary>
    public string? Nationalite { get; init; }
}
