namespace SocialErp.Modules.Dossiers.Features.Financement;

/// <summary>The complete funding of a dossier (PUT replaces it).</summary>
/// <param name="Convention">The agreement with the funder, if any.</param>
/// <param name="FinanceurPrincipalId">A fiche of category financeur.</param>
/// <param name="TypeFinanceur">public, prive or mixte.</param>
/// <param name="ModeMontant">total, taux-horaire (× the convention's funded hours) or forfait.</param>
/// <param name="Montant">The total, the hourly rate or the flat fee, in CHF with at most 2 decimals.</param>
/// <param name="Repartition">With co-funders: pourcentage (parts sum to 100) or montant (parts sum to the total).</param>
/// <param name="PartPrincipale">With co-funders: the main funder's part.</param>
/// <param name="CoFinanceurs">Other funders (fiches of category financeur) and their parts.</param>
internal sealed record FinancementRequest(
    ConventionRequest? Convention,
    Guid? FinanceurPrincipalId,
    string? TypeFinanceur,
    string? ModeMontant,
    decimal? Montant,
    string? Repartition,
    decimal? PartPrincipale,
    IReadOnlyList<CoFinanceurRequest>? CoFinanceurs);

/// <summary>
/// The funding's convention: a catalogue convention (<c>conventionId</c>; what is omitted here and in the funding —
/// reference, dates, hours, main funder and its type, amount mode and amount — is copied from it), or, the legacy form,
/// a free reference without id.
/// </summary>
/// <param name="Reference">The convention's reference; with conventionId, omitted or the catalogue's.</param>
/// <param name="Du">Start of the funding period; with conventionId, within the convention's validity (default its start).</param>
/// <param name="Au">End of the funding period, not before the start; with conventionId, within the validity (default its end).</param>
/// <param name="HeuresFinancees">Funded hours (required for an hourly rate).</param>
/// <param name="ConventionId">A convention of /api/parametres/conventions: active, open to the dossier's prestation.</param>
internal sealed record ConventionRequest(string? Reference, DateOnly? Du, DateOnly? Au, decimal? HeuresFinancees, Guid? ConventionId = null);

internal sealed record CoFinanceurRequest(Guid? FicheId, decimal? Part);

internal sealed record FinancementResponse(
    Guid Id,
    Guid DossierId,
    ConventionResponse? Convention,
    Guid FinanceurPrincipalId,
    string TypeFinanceur,
    string ModeMontant,
    decimal Montant,
    decimal MontantTotal,
    string? Repartition,
    decimal? PartPrincipale,
    IReadOnlyList<CoFinanceurResponse> CoFinanceurs,
    long Version);

/// <param name="Reference">The convention's reference (copied from the catalogue when it came from there).</param>
/// <param name="Du">Start of the funding period.</param>
/// <param name="Au">End of the funding period.</param>
/// <param name="HeuresFinancees">Funded hours.</param>
/// <param name="ConventionId">The catalogue convention the values were copied from; null for a free (legacy) reference.</param>
/// <param name="Libelle">The catalogue convention's current label.</param>
internal sealed record ConventionResponse(
    string? Reference, DateOnly? Du, DateOnly? Au, decimal? HeuresFinancees, Guid? ConventionId = null, string? Libelle = null);

internal sealed record CoFinanceurResponse(Guid FicheId, decimal Part);
