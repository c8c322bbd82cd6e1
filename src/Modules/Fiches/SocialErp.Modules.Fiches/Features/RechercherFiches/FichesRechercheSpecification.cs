using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

internal sealed class FichesRechercheSpecification : Specification<Fiche>
{
    public FichesRechercheSpecification(RechercherFichesQuery query, FichesTri tri, PageRequest page, ICurrentUser user)
    {
        var texte = string.IsNullOrWhiteSpace(query.Q) ? null : TexteRecherche.Normaliser(query.Q.Trim());
        var type = query.Type is { } t ? (TypeFiche)t : (TypeFiche?)null;
        var archivee = query.Archivee ?? false;
        Query.VisiblesPar(user)
            .Where(f => f.Archivee == archivee)
            .Where(type is not null, f => f.Type == type)
            .Where(texte is not null, f => f.TexteRecherche.Contains(texte!));
        tri.Appliquer(Query)
            .ThenBy(f => f.Id);
        Query.Skip(page.Skip).Take(page.PageSize).AsNoTracking();
    }
}
