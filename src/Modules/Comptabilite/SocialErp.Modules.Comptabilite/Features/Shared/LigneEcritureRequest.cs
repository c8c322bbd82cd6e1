namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>
/// A line as the client sends it: the account number, a debit or a credit (not both) and the analytic dimensions.
/// <c>uniteAllocationId</c> is the dossier whose allocation unit the line is posted on.
/// </summary>
internal sealed record LigneEcritureRequest(
    string? Compte,
    decimal? Debit,
    decimal? Credit,
    Guid? FicheId,
    Guid? UniteAllocationId,
    Guid? DossierId,
    int? CommuneDomicile,
    string? Prestation,
    string? TypeCharge,
    string? TypePayeur,
    string? Libelle);
