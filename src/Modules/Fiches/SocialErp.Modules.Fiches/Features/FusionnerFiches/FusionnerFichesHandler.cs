using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Relations;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Fiches.Features.FusionnerFiches;

/// <summary>
/// One unit of work: chosen values onto the kept fiche (<see cref="ChampsFusion.Repris"/>), the absorbed fiche's relations re-pointed (exact
/// duplicates and links between the two dropped), the absorbed fiche archived as a tombstone, the event queued.
/// Versions of every touched row guard against a concurrent change.
/// </summary>
internal sealed class FusionnerFichesHandler(
    IRepositoryBase<Fiche> fiches,
    IRepositoryBase<RelationFiche> relations,
    FichesDbContext unitOfWork,
    LecteurFiches user,
    TimeProvider timeProvider)
{
    public async Task<Result<(Fiche Conservee, FusionFiches Fusion)>> HandleAsync(FusionnerFichesRequest request, CancellationToken cancellationToken)
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

        if (ChoixFusion.ChampHorsType(conservee.Type, request.Choix) is { } horsType)
        {
            return horsType;
        }

        var avant = conservee.IdentiteFusionnable;
        var depuisAbsorbee = absorbee.IdentiteFusionnable;
        var repris = ChampsFusion.Repris(conservee.Type, ChoixFusion.Lire(request.Choix), avant, depuisAbsorbee);
        var valeurs = repris.Aggregate<ChampFusion, ValeursIdentite>(avant, (v, champ) => champ.Reprendre(v, depuisAbsorbee));
        if (valeurs.NumeroAvs is { } avs && avs != avant.NumeroAvs && await AvsPorteParUneAutreAsync(avs, conservee.Id, absorbee.Id, cancellationToken))
        {
            return FicheErrors.AvsDejaUtilise;
        }

        var deplacees = new List<RelationDeplacee>();
        var supprimees = new List<RelationSupprimee>();
        var refus = await RepointerRelationsAsync(conservee.Id, absorbee.Id, deplacees, supprimees, cancellationToken);
        if (refus is not null)
        {
            return refus;
        }

        await FicheDetails.ChargerAsync(unitOfWork, conservee, cancellationToken);
        await FicheDetails.ChargerAsync(unitOfWork, absorbee, cancellationToken);
        var champsRepris = repris.Select(c => c.Nom).ToList();
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var ajouts = conservee.Absorber(absorbee, valeurs, maintenant);
        var fusion = FusionFiches.Enregistrer(
            conservee, absorbee, new TraceFusion(champsRepris, avant, ajouts, deplacees, supprimees), maintenant, user.Id);
        unitOfWork.Add(fusion);
        unitOfWork.Publish(new FichesFusionneesIntegrationEvent(conservee.Id, absorbee.Id, champsRepris) { FusionId = fusion.Id });
        if (champsRepris.Count > 0)
        {
            unitOfWork.Publish(EvenementsFiche.Modifiee(conservee, champsRepris));
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return (conservee, fusion);
    }

    /// <summary>A forced duplicate may share the absorbed fiche's AVS number: the survivor must not take it then.</summary>
    private Task<bool> AvsPorteParUneAutreAsync(string avs, Guid conserveeId, Guid absorbeeId, CancellationToken cancellationToken) =>
        unitOfWork.Fiches.AnyAsync(f => f.NumeroAvs == avs && !f.Archivee && f.Id != conserveeId && f.Id != absorbeeId, cancellationToken);

    private async Task<Error?> RepointerRelationsAsync(
        Guid conserveeId, Guid absorbeeId, List<RelationDeplacee> deplacees, List<RelationSupprimee> supprimees, CancellationToken cancellationToken)
    {
        var aujourdhui = timeProvider.Aujourdhui();
        var gardees = await relations.ListAsync(new RelationsDeFicheSpecification(conserveeId), cancellationToken);
        var reprises = await relations.ListAsync(new RelationsDeFicheSpecification(absorbeeId), cancellationToken);
        foreach (var relation in reprises)
        {
            var avant = relation.Trace();
            relation.Repointer(absorbeeId, conserveeId);
            if (relation.FicheId == relation.FicheLieeId
                || gardees.Any(g => g.Id != relation.Id && g.MemeLienQue(relation) && g.Du == relation.Du && g.Au == relation.Au))
            {
                relations.Remove(relation);
                gardees.Remove(relation);
                supprimees.Add(avant);
                continue;
            }

            deplacees.Add(new RelationDeplacee(relation.Id, avant.FicheId, avant.FicheLieeId, relation.Version + 1));

            if (!gardees.Contains(relation))
            {
                gardees.Add(relation);
            }
        }

        var responsablesActifs = gardees.Count(r => r.FicheId == conserveeId && r.Type == TypeRelation.Responsable && r.EstActive(aujourdhui));
        return responsablesActifs > 1 ? RelationErrors.ResponsableDejaDefini : null;
    }
}
