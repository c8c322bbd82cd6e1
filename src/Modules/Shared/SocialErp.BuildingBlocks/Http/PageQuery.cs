using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;

namespace SocialErp.BuildingBlocks.Http;

/// <summary>The paging query parameters of every list (<c>?page=1&amp;pageSize=50&amp;sort=-nom</c>).</summary>
public sealed record PageQuery(int? Page, int? PageSize, string? Sort)
{
    public Result<PageRequest> ToPageRequest()
    {
        var errors = new Dictionary<string, string[]>();
        if (Page is < 1)
        {
            errors["page"] = ["La page commence à 1."];
        }

        if (PageSize is < 1 or > PageRequest.MaxPageSize)
        {
            errors["pageSize"] = [$"La taille de page est comprise entre 1 et {PageRequest.MaxPageSize}."];
        }

        return errors.Count > 0
            ? Error.Validation("validation", "Paramètres de pagination invalides.", errors)
            : new PageRequest(Page ?? 1, PageSize ?? PageRequest.DefaultPageSize);
    }
}
