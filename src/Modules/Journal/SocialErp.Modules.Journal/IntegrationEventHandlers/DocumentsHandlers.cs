using SocialErp.Modules.Ged.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Notes documents added, generated or deleted in the journal of each dossier or fiche they belong to.</summary>
internal sealed class DocumentsHandlers(JournalDbContext db, EntreesAutomatiques entrees, TimeProvider timeProvider)
    : IIntegrationEventHandler<DocumentAjouteIntegrationEvent>,
        IIntegrationEventHandler<DocumentGenereIntegrationEvent>,
        IIntegrationEventHandler<DocumentSupprimeIntegrationEvent>
{
    public Task HandleAsync(DocumentAjouteIntegrationEvent evt, CancellationToken cancellationToken) =>
        NoterAsync(
            evt.Cibles,
            evt.DocumentId,
            evt.NumeroVersion > 1 ? $"Nouvelle version ({evt.NumeroVersion}) du document « {evt.Titre} »." : $"Document ajouté : « {evt.Titre} » ({evt.Type}).",
            evt.EventId,
            evt.OccurredAt,
            cancellationToken);

    public Task HandleAsync(DocumentGenereIntegrationEvent evt, CancellationToken cancellationToken) =>
        NoterAsync(evt.Cibles, evt.DocumentId, $"Document généré : « {evt.Titre} ».", evt.EventId, evt.OccurredAt, cancellationToken);

    public Task HandleAsync(DocumentSupprimeIntegrationEvent evt, CancellationToken cancellationToken) =>
        NoterAsync(evt.Cibles, evt.DocumentId, $"Document supprimé : « {evt.Titre} ». Motif : {evt.Motif}", evt.EventId, evt.OccurredAt, cancellationToken);

    private async Task NoterAsync(
        IReadOnlyList<CibleDocument> cibles, Guid documentId, string texte, Guid eventId, DateTime date, CancellationToken cancellationToken)
    {
        var instant = date == default ? timeProvider.GetUtcNow().UtcDateTime : date;
        foreach (var cible in cibles.Where(c => c.CibleType is CiblesJournal.Dossier or CiblesJournal.Fiche).DistinctBy(c => c.CibleId))
        {
            await entrees.AjouterAsync(cible.CibleType, cible.CibleId, TypesEntree.Document, instant, texte, eventId, cancellationToken, documents: [documentId]);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
