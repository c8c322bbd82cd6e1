using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.IntegrationEventHandlers;

/// <summary>
/// Undoes what <see cref="FichesFusionneesHandler"/> recorded for the merge: the absorbed fiche has its own ledger
/// again (no line was ever rewritten), the earlier merges the merge carried along point back at it, and the units'
/// membership is recomputed. Lines posted on the kept fiche after the merge stay on it. A redelivery finds no record.
/// </summary>
internal sealed class FichesDefusionneesHandler(ComptabiliteDbContext db) : IIntegrationEventHandler<FichesDefusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesDefusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var (absorbee, conservee, fusionId) = (integrationEvent.AbsorbeeId, integrationEvent.ConserveeId, integrationEvent.FusionId);
        var repointage = await db.Repointages.FirstOrDefaultAsync(r => r.AbsorbeeId == absorbee, cancellationToken);
        if (repointage is null || !repointage.VientDe(fusionId, conservee))
        {
            return;
        }

        db.Repointages.Remove(repointage);
        var deplaces = await db.RepointagesDeplaces.Where(d => d.FusionId == fusionId).ToListAsync(cancellationToken);
        var ramenes = deplaces.Select(d => d.AbsorbeeId).ToList();
        foreach (var anterieur in await db.Repointages.Where(r => ramenes.Contains(r.AbsorbeeId) && r.ConserveeId == conservee).ToListAsync(cancellationToken))
        {
            anterieur.RepointerVers(absorbee);
        }

        db.RepointagesDeplaces.RemoveRange(deplaces);
        await db.SaveChangesAsync(cancellationToken);

        await ProjectionMembresUa.RecalculerAsync(db, [absorbee, .. ramenes], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
