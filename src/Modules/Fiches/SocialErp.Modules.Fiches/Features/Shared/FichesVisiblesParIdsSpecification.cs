using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>The ids, among these, of the fiches the user may see.</summary>
internal sealed class FichesVisiblesParIdsSpecification : Specification<Fiche, Guid>
{
    public FichesVisiblesParIdsSpecification(IReadOnlyCollection<Guid> ids, LecteurFiches user)
    {
        Query.Where(f => ids.Contains(f.Id)).VisiblesPar(user);
        Select(f => f.Id);
    }
}
