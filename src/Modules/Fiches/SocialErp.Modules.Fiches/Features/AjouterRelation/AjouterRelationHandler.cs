using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Relations;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Fiches.Features.AjouterRelation;

internal sealed class AjouterRelationHandler(
    IReadRepositoryBase<Fiche> fiches,
    IRepositoryBase<RelationFiche> relations,
    FichesDbContext unitOfWork,
    LecteurFiches user,
    TimeProvider timeProvider)
{
    public async Task<Result<(RelationFiche Relation, Fiche Liee)>> HandleAsync(
        Guid id, AjouterRelationRequest request, CancellationToken cancellationToken)
    {
        if (await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(id, user), cancellationToken) is null)
        {
            return FicheErrors.Introuvable;
        }

        if (request.FicheId == id)
        {
            return RelationErrors.VersElleMeme;
        }

        var liee = await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(request.FicheId!.Value, user), cancellationToken);
        if (liee is null)
        {
            return FicheErrors.Introuvable;
        }

        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var aujourdhui = timeProvider.Jour(maintenant);
        var relation = RelationFiche.Creer(id, (TypeRelation)request.Type!.Value, liee.Id, request.Du, request.Au, maintenant, user.Id);
        var refus = await VerifierAsync(relation, aujourdhui, cancellationToken);
        if (refus is not null)
        {
            return refus;
        }

        relations.Add(relation);
        unitOfWork.Publish(new RelationAjouteeIntegrationEvent(
            relation.Id, relation.FicheId, relation.FicheLieeId, relation.Type.ToString().ToLowerInvariant(), relation.Du, relation.Au));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return (relation, liee);
    }

    private async Task<Error?> VerifierAsync(RelationFiche relation, DateOnly aujourdhui, CancellationToken cancellationToken)
    {
        if (!relation.EstActive(aujourdhui))
        {
            return null;
        }

        var existantes = await relations.ListAsync(new RelationsEntreSpecification(relation.FicheId, relation.FicheLieeId), cancellationToken);
        if (existantes.Any(r => r.EstActive(aujourdhui) && r.MemeLienQue(relation)))
        {
            return RelationErrors.DejaExistante;
        }

        if (relation.Type != TypeRelation.Responsable)
        {
            return null;
        }

        if (await relations.AnyAsync(new ResponsableActifSpecification(relation.FicheId, aujourdhui), cancellationToken))
        {
            return RelationErrors.ResponsableDejaDefini;
        }

        // Walk up the new responsable's own chain: meeting the proche again would close a loop.
        var vus = new HashSet<Guid> { relation.FicheLieeId };
        var courant = relation.FicheLieeId;
        while (await relations.FirstOrDefaultAsync(new ResponsableActifSpecification(courant, aujourdhui), cancellationToken) is { } superieur)
        {
            if (superieur.FicheLieeId == relation.FicheId)
            {
                return RelationErrors.Cycle;
            }

            if (!vus.Add(superieur.FicheLieeId))
            {
                break;
            }

            courant = superieur.FicheLieeId;
        }

        return null;
    }
}
