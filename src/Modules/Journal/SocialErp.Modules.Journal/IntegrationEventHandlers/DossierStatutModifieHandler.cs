using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Notes a dossier's status change: clôture, archivage, or another change of status.</summary>
internal sealed class DossierStatutModifieHandler(JournalDbContext db, EntreesAutomatiques entrees)
    : IIntegrationEventHandler<DossierStatutModifieIntegrationEvent>
{
    public async Task HandleAsync(DossierStatutModifieIntegrationEvent evt, CancellationToken cancellationToken)
    {
        var type = evt.NouveauStatut switch
        {
            StatutsDossier.Clos => TypesEntree.Cloture,
            StatutsDossier.Archive => TypesEntree.Archivage,
            _ => TypesEntree.Statut,
        };
        var motif = string.IsNullOrWhiteSpace(evt.Motif) ? "" : $" Motif : {evt.Motif}";
        await entrees.AjouterAsync(
            CiblesJournal.Dossier,
            evt.DossierId,
            type,
            EntreesAutomatiques.Jour(evt.Date),
            $"Statut du dossier : {evt.AncienStatut} → {evt.NouveauStatut}.{motif}",
            evt.EventId,
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
