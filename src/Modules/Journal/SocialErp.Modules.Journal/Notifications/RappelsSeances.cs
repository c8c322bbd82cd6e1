using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>
/// Queues a reminder for every session still planned that starts the next calendar day (service time zone). Running
/// twice the same day queues nothing more: each reminder's source key names its session, person and start.
/// </summary>
internal sealed class RappelsSeances(JournalDbContext db, FileNotificationsSeance file, TimeProvider timeProvider)
{
    public async Task<int> MettreEnFileAsync(CancellationToken cancellationToken)
    {
        var demain = timeProvider.Aujourdhui().AddDays(1);
        var du = timeProvider.DebutDuJour(demain);
        var au = timeProvider.DebutDuJour(demain.AddDays(1));
        var seances = await db.Seances
            .Where(s => s.Etat == EtatsSeance.Planifiee && s.Debut >= du && s.Debut < au)
            .OrderBy(s => s.Debut)
            .ToListAsync(cancellationToken);
        var total = 0;
        foreach (var seance in seances)
        {
            total += await file.MettreEnFileAsync(seance, TypesNotification.Rappel, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return total;
    }
}
