namespace SocialErp.Modules.Ged.Features.RechercherDocuments;

/// <summary>
/// <c>cibleType</c> + <c>cibleId</c>: the documents of one element; <c>type</c>, <c>direction</c>; <c>du</c>/<c>au</c>: the
/// documents' date range; <c>q</c>: words of the title, description, file name or content (full text). <c>sort</c>:
/// <c>date</c>, <c>titre</c> or <c>creeLe</c>, prefixed by <c>-</c> for descending (default <c>-date</c>).
/// </summary>
internal sealed record RechercherDocumentsQuery(
    string? CibleType,
    Guid? CibleId,
    string? Type,
    string? Direction,
    DateOnly? Du,
    DateOnly? Au,
    string? Q,
    int? Page,
    int? PageSize,
    string? Sort);
