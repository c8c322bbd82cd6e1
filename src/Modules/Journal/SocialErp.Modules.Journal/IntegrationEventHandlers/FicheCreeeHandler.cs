using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Opens the journal of a new fiche with an automatic "création" entry.</summary>
internal sealed class FicheCreeeHandler(JournalDbContext db) : IIntegrationEventHandler<FicheCreeeIntegrationEvent>
{
    public async Task HandleAsync(FicheCreeeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.Entrees.AnyAsync(e => e.SourceMessageId == integrationEvent.EventId, cancellationToken))
        {
            return;
        }

        var nom = string.Join(' ', new[] { integrationEvent.Prenom, integrationEvent.Nom }.Where(p => !string.IsNullOrWhiteSpace(p)));
        db.Entrees.Add(EntreeJournal.Automatiquement(
            CiblesJournal.Fiche,
            integrationEvent.FicheId,
            "creation",
            integrationEvent.OccurredAt,
            $"Fiche créée : {nom}.",
            integrationEvent.EventId));
        await db.SaveChangesAsync(cancellationToken);
    }
}
