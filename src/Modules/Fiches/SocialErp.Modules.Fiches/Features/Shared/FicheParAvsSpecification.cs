using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>Active fiches with this AVS number, other than the fiche being edited (all services).</summary>
internal sealed class FicheParAvsSpecification : Specification<Fiche>
{
    public FicheParAvsSpecification(string numeroAvs, Guid? saufId = null) =>
        Query.Where(f => f.NumeroAvs == numeroAvs && !f.Archivee && f.Id != saufId);
}
