namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>
/// The échéancier: a person's (<c>responsableId</c>) or a service's (<c>serviceId</c>) or a dossier's due dates,
/// from <c>du</c> to <c>au</c> inclusive, by <c>statut</c> (ouverte | realisee | annulee | en-retard).
/// </summary>
internal sealed record ListerEcheancesQuery(
    Guid? ResponsableId, Guid? ServiceId, Guid? DossierId, DateOnly? Du, DateOnly? Au, string? Statut, int? Page, int? PageSize);
