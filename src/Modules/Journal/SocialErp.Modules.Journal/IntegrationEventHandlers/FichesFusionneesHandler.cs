using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// Moves the absorbed fiche's journal onto the kept fiche and notes the merge there. The inbox runs it in one
/// transaction; the entry's source message id makes a redelivery a no-op.
/// </summary>
internal sealed class FichesFusionneesHandler(JournalDbContext db) : IIntegrationEventHandler<FichesFusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.Entrees.AnyAsync(e => e.SourceMessageId == integrationEvent.EventId, cancellationToken))
        {
            return;
        }

        await db.Entrees
            .Where(e => e.CibleType == CiblesJournal.Fiche && e.CibleId == integrationEvent.AbsorbeeId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.CibleId, integrationEvent.ConserveeId).SetProperty(e => e.Version, e => e.Version + 1),
                cancellationToken);
        var champs = integrationEvent.ChampsRepris.Count == 0 ? "aucun" : string.Join(", ", integrationEvent.ChampsRepris);
        db.Entrees.Add(EntreeJournal.Automatiquement(
            CiblesJournal.Fiche,
            integrationEvent.ConserveeId,
            "fusion",
            integrationEvent.OccurredAt,
            $"Fiches fusionnées : la fiche {integrationEvent.AbsorbeeId} a été absorbée (champs repris : {champs}).",
            integrationEvent.EventId));
        await db.SaveChangesAsync(cancellationToken);
    }
}
