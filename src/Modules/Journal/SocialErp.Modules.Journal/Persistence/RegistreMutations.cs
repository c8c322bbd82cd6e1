using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence.Migrations;

namespace SocialErp.Modules.Journal.Persistence;

/// <summary>
/// Appends lines to the journal des mutations, each chained to the last one. Called inside the inbox's
/// transaction; on PostgreSQL an advisory lock makes concurrent writers (several instances) take turns, and the
/// unique sequence refuses a line that would still fork the chain (the message is then retried).
/// Scoped like that transaction (one inbox batch or one message): the chain's head is read once, under the lock,
/// and then followed from the lines this instance appends, so a batch of N lines reads the head once, not N times.
/// </summary>
internal sealed class RegistreMutations(JournalDbContext db)
{
    private const long VerrouChaine = 0x4A_4F_55_52_4E_41_4C; // "JOURNAL"

    private MaillonChaine? _dernier;

    /// <remarks>
    /// No "already recorded?" lookup: the inbox runs a handler once per message, the row proving it ran committing
    /// with the line.
    /// </remarks>
    public async Task AjouterAsync(Func<MaillonChaine, Mutation> creer, CancellationToken cancellationToken)
    {
        // Saved by the inbox with the row proving the handler ran (one write instead of two): the next line of the
        // batch chains to this one from memory, not from the table.
        var mutation = creer(_dernier ?? await DernierAsync(cancellationToken));
        db.Mutations.Add(mutation);
        _dernier = new MaillonChaine(mutation.Sequence, mutation.Empreinte);
    }

    private async Task<MaillonChaine> DernierAsync(CancellationToken cancellationToken)
    {
        if (JournalSql.EstPostgreSql(db.Database.ProviderName))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({VerrouChaine})", cancellationToken);
        }

        var dernier = await db.Mutations.AsNoTracking()
            .OrderByDescending(m => m.Sequence)
            .Select(m => new MaillonChaine(m.Sequence, m.Empreinte))
            .FirstOrDefaultAsync(cancellationToken);
        return dernier ?? MaillonChaine.Origine;
    }
}
