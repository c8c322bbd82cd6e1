using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Jobs;

/// <summary>
/// Marks open due dates whose day has passed "en retard" and publishes <see cref="EcheanceEchueIntegrationEvent"/>
/// for each one with a responsible user, by batches, each batch in one transaction with its outbox rows.
/// </summary>
internal sealed class MarquageEcheancesEchues(JournalDbContext db, TimeProvider timeProvider)
{
    private const int TailleLot = 500;

    public async Task<int> MarquerAsync(CancellationToken cancellationToken)
    {
        var aujourdhui = timeProvider.Aujourdhui();
        var total = 0;
        while (true)
        {
            var lot = await db.Echeances
                .Where(e => e.Statut == StatutEcheance.Ouverte && e.Date < aujourdhui)
                .OrderBy(e => e.Date).ThenBy(e => e.Id)
                .Take(TailleLot)
                .ToListAsync(cancellationToken);
            foreach (var echeance in lot.Where(e => e.MarquerEnRetard(aujourdhui) && e.ResponsableId is not null))
            {
                db.Publish(new EcheanceEchueIntegrationEvent(
                    echeance.Id, echeance.DossierId, echeance.ResponsableId!.Value, echeance.Date, echeance.Action));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            total += lot.Count;
            if (lot.Count < TailleLot)
            {
                return total;
            }
        }
    }
}
