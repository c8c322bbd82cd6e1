using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Relations;

/// <summary>The fiches among <c>ids</c> the user may see, read-only (the other ends of relations).</summary>
internal sealed class FichesParIdsRelationSpecification : Specification<Fiche>
{
    public FichesParIdsRelationSpecification(IReadOnlyCollection<Guid> ids, LecteurFiches user) =>
        Query.Where(f => ids.Contains(f.Id)).VisiblesPar(user).AsNoTracking();
}
