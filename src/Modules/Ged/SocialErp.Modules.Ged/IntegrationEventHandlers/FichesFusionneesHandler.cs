using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Ged.IntegrationEventHandlers;

/// <summary>
/// Re-points the documents of an absorbed fiche to the kept one (a document already on both keeps one link). Runs in
/// the inbox's transaction; a redelivery finds nothing left to move.
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
        await db.Cibles
            .Where(c => c.CibleType == TypesCible.Fiche && c.CibleId == absorbee && dejaSurConservee.Contains(c.DocumentId))
            .ExecuteDeleteAsync(cancellationToken);
        var documents = db.Cibles.Where(c => c.CibleType == TypesCible.Fiche && c.CibleId == absorbee).Select(c => c.DocumentId);
        await db.Documents.Where(d => documents.Contains(d.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);
        await db.Cibles
            .Where(c => c.CibleType == TypesCible.Fiche && c.CibleId == absorbee)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CibleId, conservee), cancellationToken);
    }
}
