using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Fusions;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.AnnulerFusion;

/// <summary>
/// Undoes a merge in one unit of work when nothing has depended on it since: neither fiche changed (their versions
/// are those the merge left), the relations it moved are unchanged, the kept fiche was not merged again, and no
/// other active fiche took an AVS number the two fiches get back. The versions guard against a concurrent change.
/// </summary>
internal sealed class AnnulerFusionHandler(
    IRepositoryBase<Fiche> fiches,
    FichesDbContext unitOfWork,
    LecteurFiches user,
    TimeProvider timeProvider)
{
    public async Task<Result<FusionFiches>> HandleAsync(Guid fusionId, CancellationToken cancellationToken)
    {
        var fusion = await FusionsVisibles.TrouverAsync(unitOfWork, fusionId, user, cancellationToken);
        var conservee = fusion is null ? null : await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(fusion.ConserveeId, user), cancellationToken);
        var absorbee = fusion is null ? null : await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(fusion.AbsorbeeId, user), cancellationToken);
        if (fusion is null || conservee is null || absorbee is null)
        {
            return FusionErrors.Introuvable;
        }

        var trace = fusion.Trace;
        var refus = await DependanceAsync(fusion, conservee, absorbee, trace, cancellationToken);
        if (refus is not null)
        {
            return refus;
        }

        var relations = await unitOfWork.Relations
            .Where(r => trace.RelationsDeplacees.Select(d => d.Id).Contains(r.Id))
            .ToListAsync(cancellationToken);
        var refusRelation = RelationModifiee(trace, relations) ?? await RelationVersFicheFusionneeAsync(trace, fusion, cancellationToken);
        if (refusRelation is not null)
        {
            return refusRelation;
        }

        foreach (var relation in relations)
        {
            var avant = trace.RelationsDeplacees.Single(d => d.Id == relation.Id);
            relation.Retablir(avant.FicheId, avant.FicheLieeId);
        }

        unitOfWork.Relations.AddRange(trace.RelationsSupprimees.Select(RelationFiche.Restaurer));
        await FicheDetails.ChargerAsync(unitOfWork, conservee, cancellationToken);
        await FicheDetails.ChargerAsync(unitOfWork, absorbee, cancellationToken);
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        conservee.Defusionner(absorbee, trace, maintenant);
        fusion.Annuler(maintenant, user.Id);
        unitOfWork.Publish(new FichesDefusionneesIntegrationEvent(fusion.Id, conservee.Id, absorbee.Id, trace.ChampsRepris));
        if (trace.ChampsRepris.Count > 0)
        {
            unitOfWork.Publish(EvenementsFiche.Modifiee(conservee, trace.ChampsRepris));
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return fusion;
    }

    private async Task<Error?> DependanceAsync(
        FusionFiches fusion, Fiche conservee, Fiche absorbee, TraceFusion trace, CancellationToken cancellationToken)
    {
        if (fusion.AnnuleeLe is not null)
        {
            return FusionErrors.DejaAnnulee;
        }

        var posterieure = await unitOfWork.Fusions.AsNoTracking()
            .Where(f => f.Id != fusion.Id && f.AnnuleeLe == null && f.FusionneeLe >= fusion.FusionneeLe
                && (f.ConserveeId == conservee.Id || f.AbsorbeeId == conservee.Id))
            .Select(f => (Guid?)f.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (posterieure is { } autre)
        {
            return FusionErrors.Posterieure(autre);
        }

        if (conservee.Version != fusion.VersionConservee)
        {
            return FusionErrors.FicheModifiee("conservée", conservee.Id);
        }

        if (absorbee.Version != fusion.VersionAbsorbee)
        {
            return FusionErrors.FicheModifiee("absorbée", absorbee.Id);
        }

        // Both fiches become active with the AVS numbers they had; a third fiche may have taken one since.
        var numeros = new[] { absorbee.NumeroAvs, trace.ConserveeAvant.NumeroAvs }.OfType<string>().Distinct().ToList();
        var pris = await unitOfWork.Fiches.AnyAsync(
            f => f.NumeroAvs != null && numeros.Contains(f.NumeroAvs) && !f.Archivee && f.Id != conservee.Id && f.Id != absorbee.Id,
            cancellationToken);
        return pris ? FicheErrors.AvsDejaUtilise : null;
    }

    private static Error? RelationModifiee(TraceFusion trace, List<RelationFiche> relations)
    {
        foreach (var deplacee in trace.RelationsDeplacees)
        {
            var relation = relations.Find(r => r.Id == deplacee.Id);
            if (relation is null || relation.Version != deplacee.VersionApresFusion)
            {
                return FusionErrors.RelationModifiee(deplacee.Id);
            }
        }

        return null;
    }

    /// <summary>A dropped relation comes back only if the third fiche it links has not been merged away since.</summary>
    private async Task<Error?> RelationVersFicheFusionneeAsync(TraceFusion trace, FusionFiches fusion, CancellationToken cancellationToken)
    {
        var tiers = trace.RelationsSupprimees
            .SelectMany(r => new[] { r.FicheId, r.FicheLieeId })
            .Where(id => id != fusion.ConserveeId && id != fusion.AbsorbeeId)
            .Distinct()
            .ToList();
        var fusionnees = await unitOfWork.Fiches.AsNoTracking()
            .Where(f => tiers.Contains(f.Id) && f.FusionneeDans != null)
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);
        var relation = trace.RelationsSupprimees.FirstOrDefault(r => fusionnees.Contains(r.FicheId) || fusionnees.Contains(r.FicheLieeId));
        return relation is null ? null : FusionErrors.RelationModifiee(relation.Id);
    }
}
