using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Relations;

/// <summary>The active responsable relation of a proche (at most one).</summary>
internal sealed class ResponsableActifSpecification : Specification<RelationFiche>
{
    public ResponsableActifSpecification(Guid procheId, DateOnly aujourdhui) =>
        Query.Where(r => r.FicheId == procheId && r.Type == TypeRelation.Responsable && (r.Au == null || r.Au >= aujourdhui));
}
