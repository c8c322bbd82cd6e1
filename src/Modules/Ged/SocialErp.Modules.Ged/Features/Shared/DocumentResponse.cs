using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Features.Shared;

/// <summary>
/// A document's metadata, targets and current version. <c>direction</c>: entrant | produit; <c>confidentialite</c>:
/// normale | confidentielle; <c>champsManquants</c>: merge fields a generation could not fill.
/// </summary>
internal sealed record DocumentResponse(
    Guid Id,
    string Titre,
    string Type,
    DateOnly Date,
    string Direction,
    string Confidentialite,
    string? Description,
    IReadOnlyList<CibleResponse> Cibles,
    VersionResponse VersionCourante,
    int NombreVersions,
    DateTime CreeLe,
    Guid? CreePar,
    Guid? ModeleId,
    IReadOnlyList<string> ChampsManquants,
    long Version)
{
    public static DocumentResponse From(Document document) => new(
        document.Id,
        document.Titre,
        document.Type,
        document.Date,
        Codes.De(document.Direction),
        Codes.De(document.Confidentialite),
        document.Description,
        document.Cibles.Select(c => new CibleResponse(c.CibleType, c.CibleId)).ToList(),
        VersionResponse.From(document.VersionCourante),
        document.Versions.Count,
        document.CreeLe,
        document.CreePar,
        document.ModeleId,
        document.ChampsManquants?.Split(',') ?? [],
        document.Version);
}
