using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.Modules.Statistiques.Persistence;

namespace SocialErp.Modules.Statistiques.IntegrationEventHandlers;

/// <summary>
/// Rebuilds the reporting tables from scratch: empties them and replays the module's own event log in the order the
/// events were received (which keeps each aggregate's order), through the same projection as the live handlers.
/// One transaction: readers see the old model or the new one, never half of it.
/// </summary>
internal sealed class ReconstructionLecture(
    StatistiquesDbContext db, ProjectionLecture projection, IntegrationEventSerializer serializer, TimeProvider timeProvider)
{
    private const int Lot = 500;

    public async Task<ResultatReconstruction> ReconstruireAsync(CancellationToken cancellationToken)
    {
        var debut = timeProvider.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.DeplacementsFusion.ExecuteDeleteAsync(cancellationToken);
        await db.MembresUnite.ExecuteDeleteAsync(cancellationToken);
        await db.LignesEcriture.ExecuteDeleteAsync(cancellationToken);
        await db.Paiements.ExecuteDeleteAsync(cancellationToken);
        await db.EvenementsDossier.ExecuteDeleteAsync(cancellationToken);
        await db.Seances.ExecuteDeleteAsync(cancellationToken);
        await db.Financements.ExecuteDeleteAsync(cancellationToken);
        await db.ChampsDossier.ExecuteDeleteAsync(cancellationToken);
        await db.Dossiers.ExecuteDeleteAsync(cancellationToken);
        await db.Personnes.ExecuteDeleteAsync(cancellationToken);

        var rejoues = 0;
        long apres = 0;
        while (true)
        {
            var lot = await db.EvenementsSource.AsNoTracking()
                .Where(e => e.Sequence > apres).OrderBy(e => e.Sequence).Take(Lot)
                .Select(e => new { e.Sequence, e.Type, e.Payload })
                .ToListAsync(cancellationToken);
            if (lot.Count == 0)
            {
                break;
            }

            foreach (var source in lot)
            {
                await projection.AppliquerAsync(serializer.Deserialize(source.Type, source.Payload), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            rejoues += lot.Count;
            apres = lot[^1].Sequence;
        }

        await transaction.CommitAsync(cancellationToken);
        return new ResultatReconstruction(
            rejoues,
            await db.Personnes.CountAsync(cancellationToken),
            await db.Dossiers.CountAsync(cancellationToken),
            await db.LignesEcriture.CountAsync(cancellationToken),
            (long)timeProvider.GetElapsedTime(debut).TotalMilliseconds);
    }
}

/// <summary>What a rebuild replayed and what the model holds afterwards.</summary>
internal sealed record ResultatReconstruction(int EvenementsRejoues, int Personnes, int Dossiers, int LignesEcriture, long DureeMs);
