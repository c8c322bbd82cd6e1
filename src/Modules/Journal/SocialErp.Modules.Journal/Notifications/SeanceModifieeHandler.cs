using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>
/// Keeps the Journal's copy of the session (for the day-before reminders) and queues what the change announces: a
/// planned session a convocation, a postponed one a report notice (the new session's convocation follows from its own
/// event), a cancelled one a cancellation notice. A session already begun announces nothing, nor does a state older than
/// the one the copy holds (a late delivery).
/// </summary>
internal sealed class SeanceModifieeHandler(JournalDbContext db, FileNotificationsSeance file, TimeProvider timeProvider)
    : IIntegrationEventHandler<SeanceModifieeIntegrationEvent>
{
    public async Task HandleAsync(SeanceModifieeIntegrationEvent evt, CancellationToken cancellationToken)
    {
        var seance = await db.Seances.FirstOrDefaultAsync(s => s.SeanceId == evt.SeanceId, cancellationToken);
        if (seance is null)
        {
            seance = SeanceSuivie.Nouvelle(evt.SeanceId, evt.DossierId);
            db.Seances.Add(seance);
        }

        if (!seance.Appliquer(evt.Debut, evt.Fin, evt.Etat, evt.OccurredAt))
        {
            return;
        }

        var type = evt.Etat switch
        {
            EtatsSeance.Planifiee => TypesNotification.Convocation,
            EtatsSeance.Reportee => TypesNotification.Report,
            EtatsSeance.Annulee => TypesNotification.Annulation,
            _ => null,
        };
        if (type is not null && evt.Debut > timeProvider.Maintenant())
        {
            await file.MettreEnFileAsync(seance, type, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
