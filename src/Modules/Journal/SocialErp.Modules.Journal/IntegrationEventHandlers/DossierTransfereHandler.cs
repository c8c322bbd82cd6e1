using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Notes a transfer in the journal (which follows the dossier) and routes its due dates to the new service and referent.</summary>
internal sealed class DossierTransfereHandler(JournalDbContext db, EntreesAutomatiques entrees)
    : IIntegrationEventHandler<DossierTransfereIntegrationEvent>
{
    public async Task HandleAsync(DossierTransfereIntegrationEvent evt, CancellationToken cancellationToken)
    {
        var dossier = await entrees.DossierAsync(evt.DossierId, cancellationToken);
        var entree = await entrees.AjouterAsync(
            CiblesJournal.Dossier,
            evt.DossierId,
            TypesEntree.Transfert,
            EntreesAutomatiques.Jour(evt.Date),
            string.IsNullOrWhiteSpace(evt.Message) ? "Dossier transféré." : $"Dossier transféré : {evt.Message}",
            evt.EventId,
            cancellationToken);
        if (entree is not null)
        {
            dossier.Transfere(evt.NouveauServiceId, evt.NouveauReferentId);
            var ouvertes = await db.Echeances
                .Where(e => e.DossierId == evt.DossierId && (e.Statut == StatutEcheance.Ouverte || e.Statut == StatutEcheance.EnRetard))
                .ToListAsync(cancellationToken);
            foreach (var echeance in ouvertes)
            {
                echeance.SuivreTransfert(evt.AncienReferentId, evt.NouveauReferentId, evt.NouveauServiceId);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
