using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// A session (séance) was planned, changed, cancelled, postponed or signed. The payload is the session's complete
/// state: <c>Etat</c> = planifiee | realisee | annulee | reportee; <c>Presence</c> = present | absent-excuse |
/// absent once signed (émargement), else null.
/// </summary>
[IntegrationEventName("dossiers.seance-modifiee.v1")]
public sealed record SeanceModifieeIntegrationEvent(
    Guid SeanceId,
    Guid DossierId,
    DateTime Debut,
    DateTime Fin,
    decimal DureeHeures,
    string Etat,
    string? Presence) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
