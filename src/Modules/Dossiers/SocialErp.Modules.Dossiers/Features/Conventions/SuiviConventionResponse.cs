namespace SocialErp.Modules.Dossiers.Features.Conventions;

/// <summary>What a convention's fundings consume: the visible dossiers using it and the totals over them.</summary>
internal sealed record SuiviConventionResponse(
    Guid ConventionId,
    string Reference,
    string Libelle,
    IReadOnlyList<ConsommationDossierResponse> Dossiers,
    TotauxConsommationResponse Totaux);

/// <summary>
/// One dossier's consumption: funded hours of its funding, hours realised (sessions signed present whose service day lies in
/// the funding's period) and what remains (negative: overrun; null without funded hours).
/// </summary>
internal sealed record ConsommationDossierResponse(
    Guid DossierId,
    string Numero,
    string Nom,
    string Statut,
    DateOnly? Du,
    DateOnly? Au,
    decimal? HeuresFinancees,
    decimal HeuresRealisees,
    decimal? HeuresRestantes);

/// <summary>Totals over the listed dossiers (the remaining hours of the dossiers that have funded hours).</summary>
internal sealed record TotauxConsommationResponse(int Dossiers, decimal HeuresFinancees, decimal HeuresRealisees, decimal HeuresRestantes);
