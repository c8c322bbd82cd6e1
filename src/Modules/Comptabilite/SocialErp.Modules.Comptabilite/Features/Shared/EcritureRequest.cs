namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>
/// An entry to post: date (its month is the accounting period), label, voucher (GED document id, optional but
/// flagged when absent), at least two lines. <c>ordinaire</c> marks a regular (budget) payment for Dossiers'
/// six-month rule when the entry pays out of a bank account.
/// </summary>
internal sealed record EcritureRequest(
    DateOnly? Date,
    string? Libelle,
    Guid? PieceId,
    bool? Ordinaire,
    IReadOnlyList<LigneEcritureRequest>? Lignes);
