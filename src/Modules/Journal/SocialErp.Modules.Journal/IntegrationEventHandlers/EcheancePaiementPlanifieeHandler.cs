using System.Globalization;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// A budget run scheduled a dossier's payments: a journal entry and a due date on the execution date for the dossier's
/// referent (else its service). A redelivery finds its entry and adds nothing.
/// </summary>
internal sealed class EcheancePaiementPlanifieeHandler(JournalDbContext db, EntreesAutomatiques entrees, TimeProvider timeProvider)
    : IIntegrationEventHandler<EcheancePaiementPlanifieeIntegrationEvent>
{
    public async Task HandleAsync(EcheancePaiementPlanifieeIntegrationEvent evt, CancellationToken cancellationToken)
    {
        var dossier = await entrees.DossierAsync(evt.DossierId, cancellationToken);
        var montant = evt.Montant.ToString("0.00", CultureInfo.InvariantCulture);
        var entree = await entrees.AjouterAsync(
            CiblesJournal.Dossier,
            evt.DossierId,
            TypesEntree.Paiement,
            EntreesAutomatiques.Jour(evt.DateEcheance),
            $"{evt.Libelle} : {evt.NombreOrdres} ordre(s), CHF {montant}, à exécuter le {evt.DateEcheance:dd.MM.yyyy}.",
            evt.EventId,
            cancellationToken);
        if (entree is null)
        {
            return;
        }

        db.Echeances.Add(Echeance.Creer(
            evt.DossierId, entree.Id, evt.DateEcheance, $"Paiement du budget {evt.Mois} (CHF {montant})", dossier.ReferentPrincipal, dossier.ServiceId, false,
            timeProvider.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }
}
