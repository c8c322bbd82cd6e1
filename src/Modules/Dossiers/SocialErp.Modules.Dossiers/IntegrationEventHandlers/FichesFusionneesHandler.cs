using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.IntegrationEventHandlers;

/// <summary>
/// Re-points the dossiers that held the absorbed fiche (members, allocation-unit periods, referents' intervenant
/// fiche) to the kept fiche, and republishes their access and allocation unit. When the merge has an id, what moved is
/// remembered under it for <see cref="FichesDefusionneesHandler"/>. A redelivery finds nothing left to move and
/// changes nothing; after the un-merge, it is ignored.
/// </summary>
internal sealed class FichesFusionneesHandler(DossiersDbContext db, VisibiliteParService visibilite, TimeProvider timeProvider)
    : IIntegrationEventHandler<FichesFusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var absorbee = integrationEvent.AbsorbeeId;
        var maintenant = timeProvider.Maintenant();
        var fusion = integrationEvent.FusionId is { } fusionId
            ? await MemoireFusions.ObtenirAsync(db, fusionId, integrationEvent.ConserveeId, absorbee, maintenant, cancellationToken)
            : null;
        if (fusion is { EstAnnulee: true })
        {
            return;
        }

        var dossiers = await DossiersRepointables.De(db)
            .Where(d => d.Membres.Any(m => m.FicheId == absorbee)
                || d.PeriodesUa.Any(p => p.FicheId == absorbee)
                || d.Referents.Any(r => r.FicheIntervenantId == absorbee))
            .ToListAsync(cancellationToken);
        var reprises = new List<RepriseDossier>();
        foreach (var dossier in dossiers)
        {
            var versionUa = dossier.VersionUniteAllocation;
            if (dossier.RepointerFiche(absorbee, integrationEvent.ConserveeId, maintenant) is not { } reprise)
            {
                continue;
            }

            reprises.Add(reprise);
            foreach (var evenement in EvenementsIntegration.FichesRepointees(dossier, versionUa, timeProvider.Aujourdhui(), visibilite))
            {
                db.Publish(evenement);
            }
        }

        fusion?.RetenirDossiers(reprises);
        await db.SaveChangesAsync(cancellationToken);
    }
}
