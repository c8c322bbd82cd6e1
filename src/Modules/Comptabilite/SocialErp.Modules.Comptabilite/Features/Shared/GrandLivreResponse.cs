namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>
/// A ledger over a date range: opening balance (everything before <c>du</c>), the lines with their running balance,
/// totals and closing balance. Balances are debit − credit.
/// </summary>
internal sealed record GrandLivreResponse(
    DateOnly? Du,
    DateOnly Au,
    decimal SoldeOuverture,
    IReadOnlyList<MouvementResponse> Lignes,
    decimal TotalDebit,
    decimal TotalCredit,
    decimal SoldeCloture);

/// <summary>
/// A ledger line. <c>interne</c> marks a transfer between members of the same allocation unit: it nets out in the
/// consolidated view.
/// </summary>
internal sealed record MouvementResponse(
    Guid EcritureId,
    DateOnly Date,
    string Libelle,
    string Compte,
    string Genre,
    string? TypeCharge,
    decimal Debit,
    decimal Credit,
    decimal Solde,
    Guid? FicheId,
    Guid? UniteAllocationId,
    bool Interne);
