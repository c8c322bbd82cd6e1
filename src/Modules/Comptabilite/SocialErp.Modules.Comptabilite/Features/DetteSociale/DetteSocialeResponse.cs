namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

/// <summary>
/// Social debt open at <c>date</c>: per person and category with its ageing (open items by age in days:
/// 0-90, 91-180, 181-365, 366-730, plus-de-730), the agreement in force, and the totals.
/// </summary>
internal sealed record DetteSocialeResponse(
    DateOnly Date,
    decimal Total,
    IReadOnlyDictionary<string, decimal> ParTranche,
    IReadOnlyList<TotalCategorieResponse> ParCategorie,
    IReadOnlyList<DettePersonneResponse> Personnes);

/// <summary>A category's open debt.</summary>
internal sealed record TotalCategorieResponse(string Categorie, decimal Montant);

/// <summary>One person's open debt in one category.</summary>
internal sealed record DettePersonneResponse(
    Guid FicheId,
    string Categorie,
    decimal Montant,
    DateOnly? PlusAncienne,
    IReadOnlyDictionary<string, decimal> ParTranche,
    ConventionResponse? Convention);

/// <summary>A repayment agreement.</summary>
internal sealed record ConventionResponse(Guid Id, Guid FicheId, string Categorie, decimal MontantMensuel, DateOnly Du, DateOnly? Au, string? Remarque);
