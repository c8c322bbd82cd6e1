using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Runs several inbox messages of one module through their handlers in a single transaction: the handlers'
/// effects, the rows proving each handler ran and the messages' processed marks commit together or not at all.
/// SQLite has one writer for the whole database: one transaction per batch, instead of two per message and
/// handler, keeps the bus out of the way of the requests that write. All or nothing: if any handler fails, the
/// batch rolls back and the caller takes the messages one by one, so the failing one gets its retries alone.
/// </summary>
internal sealed class InboxBatch(
    IServiceScopeFactory scopeFactory,
    SubscriptionCatalogue subscriptions,
    IntegrationEventSerializer serializer,
    TimeProvider timeProvider,
    ILogger<InboxBatch> logger)
{
    /// <returns>false if the batch was rolled back: none of its messages moved.</returns>
    public async Task<bool> TryProcessAsync(MessagingModule module, IReadOnlyList<InboxMessage> messages, CancellationToken cancellationToken)
    {
        try
        {
            await ProcessAsync(module, messages, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Batch of {Count} messages rolled back in module {Module} ({Error}); processing them one by one",
                messages.Count, module.Name, exception.Message);
            return false;
        }
    }

    private async Task ProcessAsync(MessagingModule module, IReadOnlyList<InboxMessage> messages, CancellationToken cancellationToken)
    {
        // Everything that can be done before the write transaction is: it holds the single writer while open.
        var events = messages.Select(m => serializer.Deserialize(m.Type, m.Payload)).ToList();
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var done = await AlreadyDoneAsync(db, messages, cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A failure rolls the whole batch back: a savepoint around each save would only cost two statements.
        db.Database.AutoSavepointsEnabled = false;
        for (var i = 0; i < messages.Count; i++)
        {
            foreach (var subscription in subscriptions.Handlers(module.Name, messages[i].Type))
            {
                if (done.Contains((messages[i].MessageId, subscription.HandlerName)))
                {
                    continue;
                }

                var handler = scope.ServiceProvider.GetRequiredService(subscription.HandlerType);
                await subscription.Invoke(handler, events[i], cancellationToken);
                db.Set<InboxMessageConsumer>().Add(new InboxMessageConsumer
                {
                    MessageId = messages[i].MessageId,
                    Handler = subscription.HandlerName,
                    ProcessedAt = now,
                });

                // Saved handler by handler, so the next one reads what this one wrote, as if they ran one after the
                // other; the tracker is then emptied, so no handler trips over an entity another one loaded.
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        var sequences = messages.Select(m => m.Sequence).ToList();
        await db.Set<InboxMessage>()
            .Where(m => sequences.Contains(m.Sequence))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ProcessedAt, now)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.LockedBy, (string?)null),
                cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The handlers that already ran for these messages (a redelivery skips them).</summary>
    private static async Task<HashSet<(Guid MessageId, string Handler)>> AlreadyDoneAsync(
        DbContext db, IReadOnlyList<InboxMessage> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.MessageId).ToList();
        var rows = await db.Set<InboxMessageConsumer>().AsNoTracking()
            .Where(c => ids.Contains(c.MessageId))
            .Select(c => new { c.MessageId, c.Handler })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.MessageId, r.Handler)).ToHashSet();
    }
}
