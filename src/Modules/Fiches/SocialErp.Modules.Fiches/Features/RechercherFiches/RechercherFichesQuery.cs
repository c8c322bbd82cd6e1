using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>
/// Search parameters: <c>q</c> matches names and e-mail regardless of accents and case; <c>sort</c> is
/// <c>nom</c>, <c>dateNaissance</c> or <c>creeLe</c>, prefixed by <c>-</c> for descending.
/// </summary>
internal sealed record RechercherFichesQuery(
    string? Q,
    TypeFicheDto? Type,
    bool? Archivee,
    int? Page,
    int? PageSize,
    string? Sort);
