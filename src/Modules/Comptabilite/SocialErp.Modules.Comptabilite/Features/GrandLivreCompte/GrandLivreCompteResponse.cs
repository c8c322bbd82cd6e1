using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.GrandLivreCompte;

/// <summary>
/// One account's ledger across everyone, one page of it: the shape of a person's ledger (opening balance at <c>du</c>,
/// lines with running balance, totals and closing balance of the whole range) plus the account, the balance carried to
/// the page (<c>soldeReport</c>: opening balance and the range's lines before the page) and the paging.
/// </summary>
internal sealed record GrandLivreCompteResponse(
    string Compte,
    string Libelle,
    string Classe,
    string Genre,
    DateOnly? Du,
    DateOnly Au,
    decimal SoldeOuverture,
    decimal SoldeReport,
    IReadOnlyList<MouvementResponse> Lignes,
    decimal TotalDebit,
    decimal TotalCredit,
    decimal SoldeCloture,
    int Page,
    int PageSize,
    int Total);
