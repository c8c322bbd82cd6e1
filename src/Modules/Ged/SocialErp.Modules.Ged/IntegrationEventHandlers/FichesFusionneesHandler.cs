using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Ged.IntegrationEventHandlers;

/// <summary>
/// Re-points the documents of an absorbed fiche to the kept one (a document already on both keeps one link), and
/// remembers each link it moved or dropped under the merge's id (when the event carries one) for
/// <see cref="FichesDefusionneesHandler"/>. Runs in the inbox's transaction; a redelivery finds its record, or nothing
/// left to move.
/// </summary>
internal sealed class FichesFusionneesHandler(GedDbContext db) : IIntegrationEventHandler<FichesFusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var absorbee = integrationEvent.AbsorbeeId;
        var conservee = integrationEvent.ConserveeId;
        var dejaSurConservee = db.Cibles
            .Where(c => c.CibleType == TypesCible.Fiche && c.CibleId == conservee)
            .Select(c => c.DocumentId);
        if (integrationEvent.FusionId is { } fusionId)
        {
            if (await db.CiblesRepointees.AnyAsync(r => r.FusionId == fusionId, cancellationToken))
            {
                return;
            }

            var liens = await db.Cibles
                .Where(c => c.CibleType == TypesCible.Fiche && c.CibleId == absorbee)
                .Select(c => new { c.DocumentId, Retiree = dejaSurConservee.Contains(c.DocumentId) })
                .ToListAsync(cancellationToken);
            db.CiblesRepointees.AddRange(liens.Select(l => CibleRepointee.ParFusion(fusionId, l.DocumentId, l.Retiree)));
        }

        // Every document on the absorbed fiche changes targets, the ones whose link is dropped as well as the moved ones.
        var documents = db.Cibles.Where(c => c.CibleType == TypesCible.Fiche && c.CibleId == absorbee).Select(c => c.DocumentId);
        await db.Documents.Where(d => documents.Contains(d.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);
        await db.Cibles
            .Where(c => c.CibleType == TypesCible.Fiche && c.CibleId == absorbee && dejaSurConservee.Contains(c.DocumentId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Cibles
            .Where(c => c.CibleType == TypesCible.Fiche && c.CibleId == absorbee)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CibleId, conservee), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
