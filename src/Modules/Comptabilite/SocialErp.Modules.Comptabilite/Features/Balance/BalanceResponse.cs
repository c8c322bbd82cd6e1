namespace SocialErp.Modules.Comptabilite.Features.Balance;

/// <summary>
/// The trial balance at a date (everything posted up to and including it): per account with lines, its total debit,
/// total credit and balance (debit − credit); overall totals. Every entry is balanced, so the totals are equal
/// (<c>equilibree</c>) and so are the sums of debit and of credit balances.
/// </summary>
internal sealed record BalanceResponse(
    DateOnly Au,
    IReadOnlyList<BalanceCompteResponse> Comptes,
    decimal TotalDebit,
    decimal TotalCredit,
    decimal TotalSoldesDebiteurs,
    decimal TotalSoldesCrediteurs,
    bool Equilibree);

/// <summary>An account's line of the trial balance.</summary>
internal sealed record BalanceCompteResponse(string Numero, string Libelle, string Classe, string Genre, decimal Debit, decimal Credit, decimal Solde);
