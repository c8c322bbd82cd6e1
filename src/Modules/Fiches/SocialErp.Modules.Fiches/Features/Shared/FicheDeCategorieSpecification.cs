using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>The fiche, if the user may see it and it has the category.</summary>
internal sealed class FicheDeCategorieSpecification : Specification<Fiche>
{
    public FicheDeCategorieSpecification(Guid id, string categorie, LecteurFiches user) =>
        Query.Where(f => f.Id == id && f.Categories.Any(c => c.Categorie == categorie)).VisiblesPar(user);
}
