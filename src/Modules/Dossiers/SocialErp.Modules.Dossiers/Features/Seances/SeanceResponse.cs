using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Features.Seances;

/// <summary>A session: times, duration in hours, state, attendance once signed, and the links of a postponement.</summary>
internal sealed record SeanceResponse(
    Guid Id,
    Guid DossierId,
    DateTime Debut,
    DateTime Fin,
    decimal DureeHeures,
    string Etat,
    string? Presence,
    string? Intitule,
    string? Lieu,
    string? MotifAnnulation,
    Guid? ReportDeId,
    Guid? ReporteeVersId,
    DateTime? EmargeeLe,
    long Version)
{
    public static SeanceResponse From(Seance s) => new(
        s.Id, s.DossierId, s.Debut, s.Fin, s.DureeHeures, s.Etat, s.Presence, s.Intitule, s.Lieu, s.MotifAnnulation, s.ReportDeId,
        s.ReporteeVersId, s.EmargeeLe, s.Version);
}
