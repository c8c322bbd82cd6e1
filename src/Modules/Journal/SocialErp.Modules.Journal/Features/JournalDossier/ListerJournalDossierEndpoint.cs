using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.ListerEntrees;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.SharedKernel.Paging;

namespace SocialErp.Modules.Journal.Features.JournalDossier;

internal static class ListerJournalDossierEndpoint
{
    public static void MapListerJournalDossier(this IEndpointRouteBuilder group) =>
        group.MapGet("/dossiers/{id:guid}/journal", HandleAsync)
            .WithName("ListerJournalDossier")
            .WithSummary("Journal de bord d'un dossier")
            .WithDescription(
                "Entrées du dossier, des plus récentes aux plus anciennes, avec leurs échéances ; filtres type, du, au (dates incluses), auteurId, q (texte). "
                + "Les entrées confidentielles n'apparaissent qu'à leurs lecteurs. Dossier inconnu ou invisible : 404.")
            .RequirePermission(JournalPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PagedList<EntreeJournalResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id, [AsParameters] ListerJournalDossierQuery query, LectureEntrees lecture, CiblesVisibles cibles, CancellationToken cancellationToken)
    {
        var page = new PageQuery(query.Page, query.PageSize, null).ToPageRequest();
        if (!page.IsSuccess)
        {
            return ErrorResults.Problem(page.Error!);
        }

        if (query.Du is { } du && query.Au is { } au && au < du)
        {
            return ErrorResults.Problem(JournalErrors.PeriodeInversee);
        }

        if (!await cibles.DossierVisibleAsync(id, cancellationToken))
        {
            return ErrorResults.Problem(JournalErrors.DossierIntrouvable);
        }

        var filtres = new FiltresEntrees(query.Type, query.Du, query.Au, query.AuteurId, query.Q);
        return TypedResults.Ok(await lecture.PageAsync(CiblesJournal.Dossier, id, filtres, page.Value, cancellationToken));
    }
}
