using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// Brings a memo's follow-up due date (source <c>memo:{id}</c>) to the state the event describes: the open one is
/// rescheduled, reassigned or cancelled; when none is open, a new one is created unless the last one already had that
/// day and responsible (done or cancelled: a follow-up is not asked twice). Applying the same state again changes
/// nothing, so a redelivery is harmless.
/// </summary>
internal sealed class RelanceMemoModifieeHandler(JournalDbContext db, EntreesAutomatiques entrees, TimeProvider timeProvider)
    : IIntegrationEventHandler<RelanceMemoModifieeIntegrationEvent>
{
    public async Task HandleAsync(RelanceMemoModifieeIntegrationEvent evt, CancellationToken cancellationToken)
    {
        var source = $"memo:{evt.MemoId}";
        var derniere = await db.Echeances
            .Where(e => e.Source == source)
            .OrderByDescending(e => e.CreeeLe).ThenByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var dossier = await entrees.DossierAsync(evt.DossierId, cancellationToken);
        derniere?.RendrePrivee(evt.Privee);
        if (evt.Relance is not { } relance)
        {
            if (derniere is { EstClose: false })
            {
                derniere.Annuler("Relance retirée du mémo.", null, maintenant);
            }
        }
        else if (derniere is { EstClose: false })
        {
            if (derniere.Date != relance.Date)
            {
                derniere.Reporter(relance.Date, "Relance du mémo déplacée.", null, maintenant);
            }

            if (relance.ResponsableId is { } responsable)
            {
                derniere.Reattribuer(responsable, dossier.ServiceId, "Relance du mémo confiée à une autre personne.", null, maintenant);
            }
        }
        else if (derniere is null || derniere.Date != relance.Date || derniere.ResponsableId != (relance.ResponsableId ?? dossier.ReferentPrincipal))
        {
            db.Echeances.Add(Echeance.PourSource(
                source, evt.DossierId, relance.Date, relance.Action, relance.ResponsableId ?? dossier.ReferentPrincipal, dossier.ServiceId, evt.Privee,
                maintenant));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
