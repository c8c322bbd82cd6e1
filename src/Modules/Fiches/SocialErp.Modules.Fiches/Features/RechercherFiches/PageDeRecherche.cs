using Microsoft.EntityFrameworkCore;
using SocialErp.SharedKernel.Paging;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>
/// One page of a fiche search and how many fiches match, counted up to a cap. Within the counting cap
/// (the first pages, where nearly every request lands) both come from one read of the ids up to the cap: one query
/// and one plan instead of two. Further pages read their own ids and count apart, unless the page ends the list.
/// </summary>
internal static class PageDeRecherche
{
    public static async Task<(List<Guid> Ids, int Comptees)> LireAsync(
        IQueryable<Guid> recherche, Func<Task<int>> compter, PageRequest page, CancellationToken cancellationToken)
    {
        if (page.Skip + page.PageSize <= PageFichesResponse.PlafondTotal)
        {
            var jusquauPlafond = await recherche.Take(PageFichesResponse.PlafondTotal + 1).ToListAsync(cancellationToken);
            return (jusquauPlafond.Skip(page.Skip).Take(page.PageSize).ToList(), jusquauPlafond.Count);
        }

        var ids = await recherche.Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);

        // A page that is not full ends the list: its total is known without counting.
        var finDeListe = ids.Count < page.PageSize && (ids.Count > 0 || page.Skip == 0);
        return (ids, finDeListe ? page.Skip + ids.Count : await compter());
    }
}
