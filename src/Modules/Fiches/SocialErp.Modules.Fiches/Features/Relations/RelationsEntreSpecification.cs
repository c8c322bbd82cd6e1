using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Relations;

/// <summary>Every relation between two fiches, in either direction.</summary>
internal sealed class RelationsEntreSpecification : Specification<RelationFiche>
{
    public RelationsEntreSpecification(Guid a, Guid b) =>
        Query.Where(r => (r.FicheId == a && r.FicheLieeId == b) || (r.FicheId == b && r.FicheLieeId == a));
}
