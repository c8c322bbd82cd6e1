namespace SocialErp.Modules.Ged.Features.BoiteReception;

/// <summary>
/// Files an inbox document on its element, completing its metadata (each absent field keeps its value; the
/// title defaults to the file name, the date to the day of scanning).
/// </summary>
internal sealed record AssignerDocumentRequest(
    string? CibleType,
    Guid? CibleId,
    string? Titre,
    string? Type,
    DateOnly? Date,
    string? Direction,
    string? Confidentialite,
    string? Description);
