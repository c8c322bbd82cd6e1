namespace SocialErp.Modules.Dossiers.Contracts.Queries;

/// <summary>
/// A dossier's path indicators: entry and exit dates, duration in days, hours planned and realised (signed sessions,
/// present), signed and present sessions, attendance and success rates in percent (null when nothing to measure).
/// </summary>
public sealed record ParcoursApercu(
    DateOnly? DateEntree,
    DateOnly? DateSortie,
    int? DureeParcoursJours,
    decimal HeuresPlanifiees,
    decimal HeuresRealisees,
    int SeancesEmargees,
    int SeancesPresent,
    decimal? TauxPresence,
    decimal? TauxReussite);
