using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Features.ListerEntrees;

internal static class ListerEntreesEndpoint
{
    private static readonly Error CibleIntrouvable =
        Error.NotFound("journal.cible-introuvable", "Cette cible n'existe pas ou ne vous est pas visible.");

    public static void MapListerEntrees(this IEndpointRouteBuilder group) =>
        group.MapGet("/journal", HandleAsync)
            .WithName("ListerEntreesJournal")
            .WithSummary("Journal d'une fiche")
            .WithDescription("Entrées du journal de la cible, des plus récentes aux plus anciennes. La cible doit être visible de l'utilisateur (sinon 404).")
            .RequirePermission(JournalPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PagedList<EntreeJournalResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] ListerEntreesQuery query,
        IReadRepositoryBase<EntreeJournal> entrees,
        IFicheVisibilite fiches,
        CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, null).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        if (query.CibleType != CiblesJournal.Fiche || query.CibleId is not { } cibleId)
        {
            return ErrorResults.Problem(Error.Validation(
                "validation",
                "Indiquez la cible du journal.",
                new Dictionary<string, string[]>
                {
                    ["cibleType"] = ["La cible est « fiche »."],
                    ["cibleId"] = ["L'identifiant de la cible est obligatoire."],
                }));
        }

        if (!await fiches.EstVisibleAsync(cibleId, cancellationToken))
        {
            return ErrorResults.Problem(CibleIntrouvable);
        }

        var specification = new EntreesParCibleSpecification(CiblesJournal.Fiche, cibleId, page.Value);
        return TypedResults.Ok(await entrees.PageAsync(specification, page.Value, EntreeJournalResponse.From, cancellationToken));
    }
}
