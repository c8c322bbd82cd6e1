using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.IntegrationEventHandlers;

/// <summary>
/// Re-points the dossiers that held the absorbed fiche (members, allocation-unit periods, referents' intervenant
/// fiche) to the kept fiche, and republishes their access and allocation unit. A redelivery finds nothing left to
/// move and changes nothing.
/// </summary>
internal sealed class FichesFusionneesHandler(DossiersDbContext db, VisibiliteParService visibilite, TimeProvider timeProvider)
    : IIntegrationEventHandler<FichesFusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var absorbee = integrationEvent.AbsorbeeId;
        var dossiers = await db.Dossiers
            .Include(d => d.Membres)
            .Include(d => d.PeriodesUa)
            .Include(d => d.Referents)
            .Include(d => d.Partages)
            .AsSplitQuery()
            .Where(d => d.Membres.Any(m => m.FicheId == absorbee)
                || d.PeriodesUa.Any(p => p.FicheId == absorbee)
                || d.Referents.Any(r => r.FicheIntervenantId == absorbee))
            .ToListAsync(cancellationToken);
        var maintenant = timeProvider.Maintenant();
        foreach (var dossier in dossiers)
        {
            var versionUa = dossier.VersionUniteAllocation;
            if (!dossier.RepointerFiche(absorbee, integrationEvent.ConserveeId, maintenant))
            {
                continue;
            }

            db.Publish(EvenementsIntegration.Acces(dossier, timeProvider.Aujourdhui(), visibilite));
            if (dossier.VersionUniteAllocation != versionUa)
            {
                db.Publish(EvenementsIntegration.UniteAllocation(dossier));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
