using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.RetirerRelation;

internal sealed class RetirerRelationHandler(
    IReadRepositoryBase<Fiche> fiches, IRepositoryBase<RelationFiche> relations, FichesDbContext unitOfWork, LecteurFiches user)
{
    public async Task<Result> HandleAsync(Guid id, Guid relationId, CancellationToken cancellationToken)
    {
        var relation = await relations.GetByIdAsync(relationId, cancellationToken);
        if (relation is null || !relation.Concerne(id))
        {
            return RelationErrors.Introuvable;
        }

        if (!await fiches.AnyAsync(new FicheParIdSpecification(id, user), cancellationToken))
        {
            return FicheErrors.Introuvable;
        }

        relations.Remove(relation);
        unitOfWork.Publish(new RelationRetireeIntegrationEvent(
            relation.Id, relation.FicheId, relation.FicheLieeId, relation.Type.ToString().ToLowerInvariant()));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
