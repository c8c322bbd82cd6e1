using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.IntegrationEventHandlers;

/// <summary>
/// Undoes in the dossiers what <see cref="FichesFusionneesHandler"/> did for the merge (members, allocation-unit
/// periods split back, referents' intervenant fiche), as far as it is still as the merge left it, and republishes
/// each changed dossier's access and allocation unit. The memory of the merge is handed back once: a redelivery
/// changes nothing.
/// </summary>
internal sealed class FichesDefusionneesHandler(DossiersDbContext db, VisibiliteParService visibilite, TimeProvider timeProvider)
    : IIntegrationEventHandler<FichesDefusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesDefusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.Maintenant();
        var fusion = await MemoireFusions.ObtenirAsync(
            db, integrationEvent.FusionId, integrationEvent.ConserveeId, integrationEvent.AbsorbeeId, maintenant, cancellationToken);
        var reprises = fusion.RendreDossiers(maintenant).ToDictionary(r => r.DossierId);
        var ids = reprises.Keys.ToList();
        var dossiers = await DossiersRepointables.De(db)
            .Where(d => ids.Contains(d.Id))
            .ToListAsync(cancellationToken);
        foreach (var dossier in dossiers)
        {
            var versionUa = dossier.VersionUniteAllocation;
            if (dossier.RestaurerFiche(reprises[dossier.Id], integrationEvent.AbsorbeeId, integrationEvent.ConserveeId, maintenant))
            {
                foreach (var evenement in EvenementsIntegration.FichesRepointees(dossier, versionUa, timeProvider.Aujourdhui(), visibilite))
                {
                    db.Publish(evenement);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
