namespace SocialErp.Modules.Comptabilite.Features.Budgets;

/// <summary>A new budget of a dossier (its allocation unit) and its first version.</summary>
internal sealed record BudgetRequest(
    Guid? DossierId,
    string? Genre,
    string? Libelle,
    DateOnly? Du,
    DateOnly? Au,
    int? TailleMenage,
    string? Motif,
    IReadOnlyList<LigneBudgetRequest>? Lignes);

/// <summary>A new version of a budget from <c>Du</c> (PUT): the previous version ends the day before.</summary>
internal sealed record VersionBudgetRequest(
    DateOnly? Du,
    DateOnly? Au,
    int? TailleMenage,
    string? Motif,
    IReadOnlyList<LigneBudgetRequest>? Lignes);

/// <summary>
/// A resource or charge. <c>Montant</c> may be omitted for basic maintenance (<c>entretien</c>): the SKOS amount for the
/// household size applies. <c>PayeId</c>: the fiche paid (régie, insurer…), omitted when the beneficiary is paid.
/// <c>Refacturable</c> charges name the debtor's fiche they are billed on to (<c>RefactureA</c>): its debtor agreement
/// on the dossier, or a one-off invoice to it, bills each month the budget run paid, once.
/// </summary>
internal sealed record LigneBudgetRequest(
    string? Type,
    string? Libelle,
    decimal? Montant,
    string? Periodicite,
    DateOnly? Du,
    DateOnly? Au,
    Guid? BeneficiaireId,
    Guid? PayeId,
    string? Iban,
    string? TypeReference,
    string? Reference,
    bool Refacturable = false,
    Guid? RefactureA = null);
