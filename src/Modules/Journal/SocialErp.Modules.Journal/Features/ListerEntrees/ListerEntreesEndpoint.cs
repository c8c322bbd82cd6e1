using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Features.ListerEntrees;

internal static class ListerEntreesEndpoint
{
    private static readonly Error CibleIntrouvable =
        Error.NotFound("journal.cible-introuvable", "Cette cible n'existe pas ou ne vous est pas visible.");

    public static void MapListerEntrees(this IEndpointRouteBuilder group) =>
        group.MapGet("/journal", HandleAsync)
            .WithName("ListerEntreesJournal")
            .WithSummary("Journal d'une fiche ou d'un dossier")
            .WithDescription("Entrées du journal de la cible (cibleType = fiche | dossier), des plus récentes aux plus anciennes, "
                + "sans celles que leur confidentialité réserve à d'autres. La cible doit être visible de l'utilisateur (sinon 404).")
            .RequirePermission(JournalPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PagedList<EntreeJournalResponse>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] ListerEntreesQuery query,
        LectureEntrees lecture,
        CiblesVisibles cibles,
        CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, null).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        if (query.CibleType is not (CiblesJournal.Fiche or CiblesJournal.Dossier) || query.CibleId is not { } cibleId)
        {
            return ErrorResults.Problem(Error.Validation(
                "validation",
                "Indiquez la cible du journal.",
                new Dictionary<string, string[]>
                {
                    ["cibleType"] = ["La cible est « fiche » ou « dossier »."],
                    ["cibleId"] = ["L'identifiant de la cible est obligatoire."],
                }));
        }

        if (!await cibles.EstVisibleAsync(query.CibleType, cibleId, cancellationToken))
        {
            return ErrorResults.Problem(CibleIntrouvable);
        }

        return TypedResults.Ok(await lecture.PageAsync(query.CibleType, cibleId, FiltresEntrees.Aucun, page.Value, cancellationToken));
    }
}
