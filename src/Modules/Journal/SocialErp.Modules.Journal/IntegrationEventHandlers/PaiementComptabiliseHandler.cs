using System.Globalization;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// Shows every booked payment in its dossier's journal (or the person's, for a payment outside a dossier). It only
/// adds its entry and reads no row but one keyed by its own event: the inbox saves it with the next handler's rows
/// (a run of payments in one save, not one save each).
/// </summary>
[AppendsOnly]
internal sealed class PaiementComptabiliseHandler(EntreesAutomatiques entrees)
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
    }
}
