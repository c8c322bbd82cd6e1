namespace SocialErp.Modules.Dossiers.Features.Conventions;

/// <summary>A funding convention of the catalogue (POST creates, PUT replaces it).</summary>
/// <param name="Reference">Unique reference (CONV-2026-17).</param>
/// <param name="Libelle">The label shown.</param>
/// <param name="FinanceurId">The funder: a fiche of category financeur.</param>
/// <param name="TypeFinanceur">public, prive or mixte.</param>
/// <param name="Du">First day of validity.</param>
/// <param name="Au">Last day of validity, not before the first; omitted: open-ended.</param>
/// <param name="HeuresFinancees">Default funded hours of a dossier's funding.</param>
/// <param name="ModeMontant">Default amount mode: total, taux-horaire (then HeuresFinancees is required) or forfait.</param>
/// <param name="Montant">Default amount (total, hourly rate or flat fee), CHF, 2 places; given with ModeMontant.</param>
/// <param name="Prestations">Codes of the prestations whose dossiers may use it; empty or omitted: every prestation.</param>
/// <param name="Actif">An inactive convention is refused for new fundings; fundings that use it keep their values.</param>
/// <param name="Remarques">Free notes.</param>
internal sealed record ConventionFinancementRequest(
    string? Reference,
    string? Libelle,
    Guid? FinanceurId,
    string? TypeFinanceur,
    DateOnly? Du,
    DateOnly? Au,
    decimal? HeuresFinancees,
    string? ModeMontant,
    decimal? Montant,
    IReadOnlyList<string>? Prestations,
    bool Actif = true,
    string? Remarques = null);

/// <summary>A convention of the catalogue, with its version (also the ETag).</summary>
internal sealed record ConventionFinancementResponse(
    Guid Id,
    string Reference,
    string Libelle,
    Guid FinanceurId,
    string TypeFinanceur,
    DateOnly Du,
    DateOnly? Au,
    decimal? HeuresFinancees,
    string? ModeMontant,
    decimal? Montant,
    IReadOnlyList<string> Prestations,
    bool Actif,
    string? Remarques,
    long Version)
{
    public static ConventionFinancementResponse From(Domain.ConventionFinancement c) => new(
        c.Id, c.Reference, c.Libelle, c.FinanceurId, c.TypeFinanceur, c.Du, c.Au, c.HeuresFinancees, c.ModeMontant, c.Montant,
        c.Prestations, c.Actif, c.Remarques, c.Version);
}

/// <summary>
/// Catalogue filters: <c>actives</c> (true: active only; false: inactive only), <c>financeurId</c>, <c>q</c> (words of
/// the reference or label), <c>dateValidite</c> (valid on that day); paged.
/// </summary>
internal sealed record ListerConventionsQuery(bool? Actives, Guid? FinanceurId, string? Q, DateOnly? DateValidite, int? Page, int? PageSize);
