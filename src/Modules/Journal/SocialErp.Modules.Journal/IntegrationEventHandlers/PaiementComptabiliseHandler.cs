using System.Globalization;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Shows every booked payment in its dossier's journal (or the person's, for a payment outside a dossier).</summary>
internal sealed class PaiementComptabiliseHandler(JournalDbContext db, EntreesAutomatiques entrees)
    : IIntegrationEventHandler<PaiementComptabiliseIntegrationEvent>
{
    public async Task HandleAsync(PaiementComptabiliseIntegrationEvent evt, CancellationToken cancellationToken)
    {
        var (cibleType, cibleId) = evt.DossierId is { } dossierId
            ? (CiblesJournal.Dossier, dossierId)
            : evt.FicheId is { } ficheId ? (CiblesJournal.Fiche, ficheId) : (null, Guid.Empty);
        if (cibleType is null)
        {
            return;
        }

        var montant = evt.Montant.ToString("0.00", CultureInfo.InvariantCulture);
        await entrees.AjouterAsync(
            cibleType,
            cibleId,
            TypesEntree.Paiement,
            EntreesAutomatiques.Jour(evt.Date),
            $"Paiement{(evt.Ordinaire ? "" : " extraordinaire")} de CHF {montant} : {evt.Libelle}.",
            evt.EventId,
            cancellationToken,
            participants: evt.FicheId is { } fiche && evt.DossierId is not null ? [fiche] : null);
        await db.SaveChangesAsync(cancellationToken);
    }
}
