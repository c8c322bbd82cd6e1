namespace SocialErp.Modules.Comptabilite.Features.ListerEcritures;

/// <summary>
/// Filters of the service's journal of entries: dates <c>du</c>/<c>au</c> (inclusive), <c>compte</c> (a number: entries
/// with a line on it), <c>ficheId</c> (a line on the person or a fiche merged into it), <c>dossierId</c> (a line on the
/// dossier or its unit), <c>piece</c> (<c>sans</c> | <c>avec</c> voucher), <c>q</c> (words of the label);
/// <c>sort</c> <c>-date</c> (default, newest first) or <c>date</c>.
/// </summary>
internal sealed record ListerEcrituresQuery(
    DateOnly? Du,
    DateOnly? Au,
    string? Compte,
    Guid? FicheId,
    Guid? DossierId,
    string? Piece,
    string? Q,
    int? Page,
    int? PageSize,
    string? Sort);
