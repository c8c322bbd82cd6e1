using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>
/// The visible fiches matching the filters. Text goes through the search keys table as index ranges
/// (<c>terme &gt;= 'mul' AND terme &lt; 'mum'</c>), which a plain b-tree answers on SQLite and PostgreSQL alike.
/// </summary>
internal sealed class FichesRechercheSpecification : Specification<Fiche>
{
    public FichesRechercheSpecification(
        RechercherFichesQuery query, TypeFiche? type, CritereRecherche critere, IQueryable<FicheTerme> termes, FichesTri tri, PageRequest page, ICurrentUser user)
    {
        var archivee = query.Archivee ?? false;
        var categorie = query.Categorie;
        var commune = query.Commune;
        Query.VisiblesPar(user)
            .Where(f => f.Archivee == archivee)
            .Where(type is not null, f => f.Type == type)
            .Where(categorie is not null, f => f.Categories.Any(c => c.Categorie == categorie))
            .Where(commune is not null, f => f.CommuneResidence == commune);
        foreach (var groupe in critere.Groupes)
        {
            var (de1, a1) = groupe[0];
            var (de2, a2) = groupe[^1];
            // Translated to SQL comparisons (database collation), never run in .NET: EF translates string.Compare, not CompareOrdinal.
#pragma warning disable CA1309
            Query.Where(f => termes
                .Where(x => (string.Compare(x.Terme, de1) >= 0 && string.Compare(x.Terme, a1) < 0)
                    || (string.Compare(x.Terme, de2) >= 0 && string.Compare(x.Terme, a2) < 0))
                .Select(x => x.FicheId)
                .Contains(f.Id));
#pragma warning restore CA1309
        }

        tri.Appliquer(Query)
            .ThenBy(f => f.Id);
        Query.Include(f => f.Categories);
        Query.Skip(page.Skip).Take(page.PageSize).AsNoTracking();
    }
}
