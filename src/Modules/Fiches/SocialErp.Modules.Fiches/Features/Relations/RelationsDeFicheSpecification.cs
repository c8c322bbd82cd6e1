using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Relations;

/// <summary>Every relation a fiche takes part in, whichever side holds it.</summary>
internal sealed class RelationsDeFicheSpecification : Specification<RelationFiche>
{
    public RelationsDeFicheSpecification(Guid ficheId) =>
        Query.Where(r => r.FicheId == ficheId || r.FicheLieeId == ficheId);
}
