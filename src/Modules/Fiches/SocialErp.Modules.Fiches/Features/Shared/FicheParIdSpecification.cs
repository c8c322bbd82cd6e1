using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>One fiche, if the user may see it.</summary>
internal sealed class FicheParIdSpecification : Specification<Fiche>
{
    public FicheParIdSpecification(Guid id, LecteurFiches user) =>
        Query.Where(f => f.Id == id).VisiblesPar(user);
}
