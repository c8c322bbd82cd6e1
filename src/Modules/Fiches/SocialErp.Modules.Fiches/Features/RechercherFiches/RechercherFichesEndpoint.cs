using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

internal static class RechercherFichesEndpoint
{
    public static void MapRechercherFiches(this IEndpointRouteBuilder group) =>
        group.MapGet("/", HandleAsync)
            .WithName("RechercherFiches")
            .WithSummary("Rechercher des fiches")
            .WithDescription("Liste paginée des fiches visibles, filtrée par texte (nom, prénom, e-mail ; sans accents ni casse), type et archivage.")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesValidationProblem();

    private static async Task<Results<Ok<PagedList<FicheResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] RechercherFichesQuery query, IReadRepositoryBase<Fiche> fiches, ICurrentUser user, CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, query.Sort).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        var tri = FichesTri.Lire(query.Sort);
        if (!tri.IsSuccess)
        {
            return ErrorResults.Problem(tri.Error!);
        }

        var specification = new FichesRechercheSpecification(query, tri.Value, page.Value, user);
        var items = await fiches.ListAsync(specification, cancellationToken);
        var total = await fiches.CountAsync(specification, cancellationToken);
        return TypedResults.Ok(new PagedList<FicheResponse>(
            items.Select(FicheResponse.From).ToList(), page.Value.Page, page.Value.PageSize, total));
    }
}
