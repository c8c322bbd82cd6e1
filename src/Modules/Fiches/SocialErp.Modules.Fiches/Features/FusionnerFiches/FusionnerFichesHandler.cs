using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Relations;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.FusionnerFiches;

/// <summary>
/// One unit of work: chosen values onto the kept fiche, the absorbed fiche's relations re-pointed (exact
/// duplicates and links between the two dropped), the absorbed fiche archived as a tombstone, the event queued.
/// Versions of every touched row guard against a concurrent change.
/// </summary>
internal sealed class FusionnerFichesHandler(
    IRepositoryBase<Fiche> fiches,
    IRepositoryBase<RelationFiche> relations,
    FichesDbContext unitOfWork,
    ICurrentUser user,
    TimeProvider timeProvider)
{
    public async Task<Result<Fiche>> HandleAsync(FusionnerFichesRequest request, CancellationToken cancellationToken)
    {
        var conservee = await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(request.ConserveeId!.Value, user), cancellationToken);
        var absorbee = await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(request.AbsorbeeId!.Value, user), cancellationToken);
        if (conservee is null || absorbee is null)
        {
            return FicheErrors.Introuvable;
        }

        if (conservee.Id == absorbee.Id)
        {
            return FusionErrors.MemeFiche;
        }

        if (conservee.Archivee || absorbee.Archivee)
        {
            return FusionErrors.FicheArchivee;
        }

        if (conservee.Type != absorbee.Type)
        {
            return FusionErrors.TypesDifferents;
        }

        var refus = await RepointerRelationsAsync(conservee.Id, absorbee.Id, cancellationToken);
        if (refus is not null)
        {
            return refus;
        }

        await FicheDetails.ChargerAsync(unitOfWork, conservee, cancellationToken);
        await FicheDetails.ChargerAsync(unitOfWork, absorbee, cancellationToken);
        var champs = ChoixFusion.ChampsRepris(request.Choix);
        conservee.Absorber(absorbee, champs, timeProvider.GetUtcNow().UtcDateTime);
        unitOfWork.Publish(new FichesFusionneesIntegrationEvent(
            conservee.Id,
            absorbee.Id,
            ChoixFusion.Champs.Where(c => champs.Contains(c.Value)).Select(c => c.Key).ToList()));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return conservee;
    }

    private async Task<Error?> RepointerRelationsAsync(Guid conserveeId, Guid absorbeeId, CancellationToken cancellationToken)
    {
        var aujourdhui = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var gardees = await relations.ListAsync(new RelationsDeFicheSpecification(conserveeId), cancellationToken);
        var reprises = await relations.ListAsync(new RelationsDeFicheSpecification(absorbeeId), cancellationToken);
        foreach (var relation in reprises)
        {
            relation.Repointer(absorbeeId, conserveeId);
            if (relation.FicheId == relation.FicheLieeId
                || gardees.Any(g => g.Id != relation.Id && g.MemeLienQue(relation) && g.Du == relation.Du && g.Au == relation.Au))
            {
                relations.Remove(relation);
                gardees.Remove(relation);
                continue;
            }

            if (!gardees.Contains(relation))
            {
                gardees.Add(relation);
            }
        }

        var responsablesActifs = gardees.Count(r => r.FicheId == conserveeId && r.Type == TypeRelation.Responsable && r.EstActive(aujourdhui));
        return responsablesActifs > 1 ? RelationErrors.ResponsableDejaDefini : null;
    }
}
