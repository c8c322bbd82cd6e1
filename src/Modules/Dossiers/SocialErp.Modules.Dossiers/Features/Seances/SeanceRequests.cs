namespace SocialErp.Modules.Dossiers.Features.Seances;

/// <summary>A session to plan or change: start and end (ISO 8601 UTC instants), title, place.</summary>
internal sealed record SeanceRequest(DateTime? Debut, DateTime? Fin, string? Intitule = null, string? Lieu = null);

/// <summary>Cancellation of a planned session, with its reason.</summary>
internal sealed record AnnulationSeanceRequest(string? Motif);

/// <summary>Postponement: the new start and end, and optionally why.</summary>
internal sealed record ReportSeanceRequest(DateTime? Debut, DateTime? Fin, string? Motif = null);

/// <summary>Attendance sign-off: present, absent-excuse or absent.</summary>
internal sealed record EmargementRequest(string? Presence);

/// <summary>
/// Session list filters: <c>etat</c> (planifiee, realisee, annulee, reportee), <c>du</c>/<c>au</c> dates of the
/// session start (inclusive), for a calendar; paged.
/// </summary>
internal sealed record ListerSeancesQuery(string? Etat, DateOnly? Du, DateOnly? Au, int? Page, int? PageSize);
