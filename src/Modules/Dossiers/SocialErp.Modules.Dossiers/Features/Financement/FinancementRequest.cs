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

/// <param name="Reference">The convention's reference.</param>
/// <param name="Du">Start of validity.</param>
/// <param name="Au">End of validity, not before the start.</param>
/// <param name="HeuresFinancees">Funded hours (required for an hourly rate).</param>
internal sealed record ConventionRequest(string? Reference, DateOnly? Du, DateOnly? Au, decimal? HeuresFinancees);

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

internal sealed record ConventionResponse(string? Reference, DateOnly? Du, DateOnly? Au, decimal? HeuresFinancees);

internal sealed record CoFinanceurResponse(Guid FicheId, decimal Part);
