using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// Notes a dossier's status change: clôture, archivage, or another change of status. Closing or archiving also
/// cancels the dossier's open and overdue due dates and stops its running workflows; a reactivation brings none back.
/// </summary>
internal sealed class DossierStatutModifieHandler(JournalDbContext db, EntreesAutomatiques entrees, TimeProvider timeProvider)
    : IIntegrationEventHandler<DossierStatutModifieIntegrationEvent>
{
    public async Task HandleAsync(DossierStatutModifieIntegrationEvent evt, CancellationToken cancellationToken)
    {
        var (type, fermeture) = evt.NouveauStatut switch
        {
            StatutsDossier.Clos => (TypesEntree.Cloture, "Dossier clos"),
            StatutsDossier.Archive => (TypesEntree.Archivage, "Dossier archivé"),
            _ => (TypesEntree.Statut, null),
        };
        var motif = string.IsNullOrWhiteSpace(evt.Motif) ? "" : $" Motif : {evt.Motif}";
        var entree = await entrees.AjouterAsync(
            CiblesJournal.Dossier,
            evt.DossierId,
            type,
            EntreesAutomatiques.Jour(evt.Date),
            $"Statut du dossier : {evt.AncienStatut} → {evt.NouveauStatut}.{motif}",
            evt.EventId,
            cancellationToken);

        // Only the first delivery closes anything: a redelivery, even after a reactivation, must leave the due dates
        // and workflows created since alone. The entry of this event tells which delivery this is.
        if (entree is not null && fermeture is not null)
        {
            await FermerAsync(evt.DossierId, $"{fermeture} le {evt.Date:dd.MM.yyyy}.", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FermerAsync(Guid dossierId, string motif, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.Maintenant();
        var ouvertes = await db.Echeances
            .Where(e => e.DossierId == dossierId && (e.Statut == StatutEcheance.Ouverte || e.Statut == StatutEcheance.EnRetard))
            .ToListAsync(cancellationToken);
        foreach (var echeance in ouvertes)
        {
            echeance.Annuler(motif, null, maintenant);
        }

        var enCours = await db.WorkflowInstances.Where(i => i.DossierId == dossierId && !i.Terminee).ToListAsync(cancellationToken);
        foreach (var instance in enCours)
        {
            instance.Arreter(motif, maintenant);
        }
    }
}
