using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Features.ListerMutations;

internal static class ListerMutationsEndpoint
{
    public static void MapListerMutations(this IEndpointRouteBuilder group) =>
        group.MapGet("/mutations", HandleAsync)
            .WithName("ListerMutations")
            .WithSummary("Journal des mutations")
            .WithDescription("Qui a modifié quoi et quand, avec les valeurs avant et après, pour tous les modules. Du plus récent au plus ancien.")
            .RequirePermission(JournalPermissions.LireMutations)
            .ProducesValidationProblem();

    private static async Task<Results<Ok<PagedList<MutationResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] ListerMutationsQuery query, IReadRepositoryBase<Mutation> mutations, CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, null).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        if (query.Du is { } du && query.Au is { } au && au < du)
        {
            return ErrorResults.Problem(SharedKernel.Results.Error.Validation("au", "La fin de période précède son début."));
        }

        var specification = new MutationsSpecification(query, page.Value);
        return TypedResults.Ok(await mutations.PageAsync(specification, page.Value, MutationResponse.From, cancellationToken));
    }
}
