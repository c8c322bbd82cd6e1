using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.IntegrationEventHandlers;

/// <summary>
/// Records that the absorbed fiche's ledger now belongs to the kept fiche, without touching a single line: reads of
/// the kept fiche include the absorbed one's lines through the re-pointing record. Earlier merges into the absorbed
/// fiche are moved onto the survivor (flat records, noted under the merge so that undoing it moves them back), and the
/// units' membership is recomputed with the survivor. A redelivery finds its record and does nothing.
/// </summary>
internal sealed class FichesFusionneesHandler(ComptabiliteDbContext db, TimeProvider timeProvider)
    : IIntegrationEventHandler<FichesFusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var (absorbee, conservee) = (integrationEvent.AbsorbeeId, integrationEvent.ConserveeId);
        if (absorbee == conservee || await db.Repointages.AnyAsync(r => r.AbsorbeeId == absorbee, cancellationToken))
        {
            return;
        }

        var anterieurs = await db.Repointages.Where(r => r.ConserveeId == absorbee).ToListAsync(cancellationToken);
        foreach (var anterieur in anterieurs)
        {
            anterieur.RepointerVers(conservee);
            if (integrationEvent.FusionId is { } fusionId)
            {
                db.RepointagesDeplaces.Add(RepointageDeplace.Noter(fusionId, anterieur.AbsorbeeId));
            }
        }

        db.Repointages.Add(Repointage.Enregistrer(
            absorbee, conservee, integrationEvent.FusionId, timeProvider.GetUtcNow().UtcDateTime, integrationEvent.EventId));
        await db.SaveChangesAsync(cancellationToken);

        await ProjectionMembresUa.RecalculerAsync(db, [absorbee, .. anterieurs.Select(a => a.AbsorbeeId)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
