using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Features.LireFichesParLot;

/// <summary>
/// Several fiches by id in one call, for screens that hold ids from other modules (a dossier's members and contacts,
/// journal participants): one request instead of one per fiche.
/// </summary>
internal static class LireFichesParLotEndpoint
{
    public const int MaxIds = 100;

    public static void MapLireFichesParLot(this IEndpointRouteBuilder group) =>
        group.MapGet("/lot", HandleAsync)
            .WithName("LireFichesParLot")
            .WithSummary("Lire plusieurs fiches par leurs ids")
            .WithDescription(
                $"ids (répété, 1 à {MaxIds}) : les résumés des fiches visibles, archivées comprises, dans l'ordre demandé, en une page {{ items, page, pageSize, total }} ; un id inconnu ou "
                + "invisible est omis (sans erreur, pour ne rien révéler). Pour afficher les membres et contacts d'un dossier ou les participants "
                + "d'une entrée du journal en une requête.")
            .RequirePermission(FichesPermissions.Lire)
            .ProducesValidationProblem();

    private static async Task<Results<Ok<PagedList<FicheResumeResponse>>, ProblemHttpResult>> HandleAsync(
        Guid[]? ids, FichesDbContext db, LecteurFiches user, CancellationToken cancellationToken)
    {
        if (ids is null || ids.Length == 0 || ids.Length > MaxIds)
        {
            return ErrorResults.Problem(Error.Validation("ids", $"Donnez de 1 à {MaxIds} ids de fiches (paramètre ids répété)."));
        }

        var demandes = ids.Distinct().ToList();
        var fiches = await db.Fiches.AsNoTracking().VisiblesPar(user).Include(f => f.Categories)
            .Where(f => demandes.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var items = demandes.Where(fiches.ContainsKey).Select(id => FicheResumeResponse.From(fiches[id])).ToList();
        return TypedResults.Ok(new PagedList<FicheResumeResponse>(items, 1, demandes.Count, items.Count));
    }
}
