using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

// string.Compare is translated to SQL comparisons (database collation), never run in .NET; EF does not translate CompareOrdinal.
#pragma warning disable CA1309, CA1310

/// <summary>
/// The ids of the visible fiches matching a search, as a query the database answers from its indexes.
/// With text, the scan is driven by the search-key range of one word (the longest: the most selective), each fiche
/// taken once — at its first key in that range — and checked against its filters by the (id, archivee, service_id)
/// index; the other words are probed per fiche. In <c>pertinence</c> order that scan runs in index order, so a page
/// (and a capped count) costs its own rows, not the number of matches.
/// </summary>
internal static class RechercheFiches
{
    public static IQueryable<Guid> Ids(FichesDbContext db, FiltresFiches filtres, CritereRecherche critere, FichesTri tri, LecteurFiches user)
    {
        var fiches = filtres.Appliquer(db.Fiches.VisiblesPar(user));
        if (critere.Prefixes.Count == 0)
        {
            return tri.Appliquer(fiches).Select(f => f.Id);
        }

        var moteur = critere.Prefixes.MaxBy(p => p.De.Length);
        foreach (var (de, a) in critere.Prefixes.Where(p => p != moteur))
        {
            fiches = fiches.Where(f => f.Termes.Any(t => string.Compare(t.Terme, de) >= 0 && string.Compare(t.Terme, a) < 0));
        }

        var (d, f) = moteur;
        var termes = db.Termes.Where(t => string.Compare(t.Terme, d) >= 0 && string.Compare(t.Terme, f) < 0);

        // A fiche is taken at its first key from the range's start: the key whose predecessor among the fiche's keys
        // lies before the range. Read from the index entry itself; looking the fiche's other keys up instead cost a
        // probe per candidate (on SQLite, with the fiche row read for its filters, 85 % of a search's database time).
        var correspondances =
            from t in termes
            where t.Precedent == null || string.Compare(t.Precedent, d) < 0
            join fiche in fiches on t.FicheId equals fiche.Id
            select new { t.Terme, t.Tri, t.FicheId, Fiche = fiche };

        if (!tri.EstPertinence)
        {
            return tri.Appliquer(correspondances.Select(c => c.Fiche)).Select(x => x.Id);
        }

        return tri.Descendant
            ? correspondances.OrderByDescending(c => c.Terme).ThenByDescending(c => c.Tri).ThenByDescending(c => c.FicheId).Select(c => c.FicheId)
            : correspondances.OrderBy(c => c.Terme).ThenBy(c => c.Tri).ThenBy(c => c.FicheId).Select(c => c.FicheId);
    }

    /// <summary>
    /// How many fiches match, counting at most <paramref name="limite"/> + 1. Counted in index order (a LIMIT over
    /// an ORDER BY the index serves), which steers PostgreSQL to probe row by row and stop instead of hashing all fiches.
    /// </summary>
    public static Task<int> CompterAsync(
        FichesDbContext db, FiltresFiches filtres, CritereRecherche critere, LecteurFiches user, int limite, CancellationToken cancellationToken)
    {
        var ids = critere.Prefixes.Count == 0
            ? filtres.Appliquer(db.Fiches.VisiblesPar(user)).Select(f => f.Id).Order()
            : Ids(db, filtres, critere, new FichesTri(FichesTri.Pertinence, false), user);
        return ids.Take(limite + 1).CountAsync(cancellationToken);
    }
}
