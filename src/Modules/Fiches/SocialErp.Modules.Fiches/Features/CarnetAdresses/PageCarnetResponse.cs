using SocialErp.Modules.Fiches.Features.RechercherFiches;

namespace SocialErp.Modules.Fiches.Features.CarnetAdresses;

/// <summary>A page of the address book, counted as the search counts (<see cref="PageFichesResponse.PlafondTotal"/>).</summary>
internal sealed record PageCarnetResponse(IReadOnlyList<LigneCarnetResponse> Items, int Page, int PageSize, int Total, bool TotalExact);
