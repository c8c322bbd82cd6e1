using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>
/// The list envelope <c>{ items, page, pageSize, total }</c> of the API, plus <c>totalExact</c>: counting stops after
/// <see cref="PlafondTotal"/> fiches (or the end of the requested page, if further), so a broad search over hundreds
/// of thousands of fiches stays as fast as its first page; <c>totalExact: false</c> then means "more than total".
/// </summary>
internal sealed record PageFichesResponse(IReadOnlyList<FicheResumeResponse> Items, int Page, int PageSize, int Total, bool TotalExact)
{
    public const int PlafondTotal = 200;
}
