using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Runs several inbox messages of one module through their handlers in a single transaction: the handlers'
/// effects, the rows proving each handler ran and the messages' processed marks commit together or not at all.
/// SQLite has one writer for the whole database: one transaction per batch, instead of two per message and
/// handler, keeps the bus out of the way of the requests that write; and a transaction that has held the writer
/// for <see cref="MessagingOptions.SqliteWriteHold"/> commits, lets waiting requests in and the batch goes on in a
/// new one, so a request never waits for a whole batch. All or nothing per transaction: if a handler fails, its
/// transaction rolls back and the caller takes the messages not yet committed one by one, so the failing one gets
/// its retries alone.
/// </summary>
internal sealed class InboxBatch(
    IServiceScopeFactory scopeFactory,
    SubscriptionCatalogue subscriptions,
    IntegrationEventSerializer serializer,
    IOptions<MessagingOptions> options,
    TimeProvider timeProvider,
    ILogger<InboxBatch> logger)
{
    /// <returns>the messages whose transaction rolled back (none when every message went through).</returns>
    public async Task<IReadOnlyList<InboxMessage>> ProcessAsync(MessagingModule module, IReadOnlyList<InboxMessage> messages, CancellationToken cancellationToken)
    {
        var next = 0;
        try
        {
            // Everything that can be done before a write transaction is: it holds the single writer while open.
            var events = messages.Select(m => serializer.Deserialize(m.Type, m.Payload)).ToList();
            while (next < messages.Count)
            {
                next = await ProcessTransactionAsync(module, messages, events, next, cancellationToken);
            }

            return [];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Batch of {Count} messages rolled back in module {Module} ({Error}); processing them one by one",
                messages.Count - next, module.Name, exception.Message);
            return messages.Skip(next).ToList();
        }
    }

    /// <summary>Runs messages from <paramref name="first"/> in one transaction; returns the index of the first left.</summary>
    private async Task<int> ProcessTransactionAsync(
        MessagingModule module, IReadOnlyList<InboxMessage> messages, List<IntegrationEvent> events, int first, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var done = await AlreadyDoneAsync(db, messages.Skip(first), cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var singleWriter = db.Database.IsSqlite();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var began = Stopwatch.GetTimestamp();

        // A failure rolls the whole transaction back: a savepoint around each save would only cost two statements.
        db.Database.AutoSavepointsEnabled = false;
        var next = first;
        var appended = false;
        do
        {
            appended = await RunHandlersAsync(module, scope, db, messages[next], events[next], done, appended, now, cancellationToken);
            next++;
        }
        while (next < messages.Count && !(singleWriter && Stopwatch.GetElapsedTime(began) >= options.Value.SqliteWriteHold));

        // The last handlers' rows, if they only appended.
        await db.SaveChangesAsync(cancellationToken);
        var sequences = messages.Skip(first).Take(next - first).Select(m => m.Sequence).ToList();
        await db.Set<InboxMessage>()
            .Where(m => sequences.Contains(m.Sequence))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ProcessedAt, now)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.LockedBy, (string?)null),
                cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (singleWriter && next < messages.Count)
        {
            await SqliteBusyHandler.LetWaitingWritersInAsync(cancellationToken);
        }

        return next;
    }

    /// <summary>
    /// Runs one message's handlers; <c>appended</c> says whether rows appended by an appends-only handler are still
    /// unsaved, before (argument) and after (result).
    /// </summary>
    private async Task<bool> RunHandlersAsync(
        MessagingModule module, AsyncServiceScope scope, DbContext db, InboxMessage message, IntegrationEvent integrationEvent,
        HashSet<(Guid MessageId, string Handler)> done, bool appended, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var subscription in subscriptions.Handlers(module.Name, message.Type))
        {
            if (done.Contains((message.MessageId, subscription.HandlerName)))
            {
                continue;
            }

            if (subscription.AppendsOnly)
            {
                await subscription.RunAsync(scope.ServiceProvider, db, message.MessageId, integrationEvent, now, cancellationToken);
                appended = true;
                continue;
            }

            // The rows appended so far are saved first: this handler's queries must find them.
            if (appended)
            {
                await SaveAsync(db, cancellationToken);
            }

            await subscription.RunAsync(scope.ServiceProvider, db, message.MessageId, integrationEvent, now, cancellationToken);

            // Saved handler by handler, so the next one reads what this one wrote, as if they ran one after the
            // other.
            await SaveAsync(db, cancellationToken);
            appended = false;
        }

        return appended;
    }

    /// <summary>Saves (events queued without a row change too), then empties the tracker, so no handler trips over an entity another one loaded.</summary>
    private static async Task SaveAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The handlers that already ran for these messages (a redelivery skips them).</summary>
    private static async Task<HashSet<(Guid MessageId, string Handler)>> AlreadyDoneAsync(
        DbContext db, IEnumerable<InboxMessage> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.MessageId).ToList();
        var rows = await db.Set<InboxMessageConsumer>().AsNoTracking()
            .Where(c => ids.Contains(c.MessageId))
            .Select(c => new { c.MessageId, c.Handler })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.MessageId, r.Handler)).ToHashSet();
    }
}
