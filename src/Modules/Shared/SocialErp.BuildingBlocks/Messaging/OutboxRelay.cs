using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Copies a module's committed outbox rows into the inbox of every subscribing module, then marks them
/// relayed. A crash in between replays the copy, which the inbox ignores: nothing is lost, nothing doubled.
/// The claimed rows travel together: one statement per subscribing inbox, one to mark them all relayed.
/// </summary>
internal sealed class OutboxRelay(
    IServiceScopeFactory scopeFactory,
    SubscriptionCatalogue subscriptions,
    IReadOnlyDictionary<string, MessagingModule> modules,
    InboxCopier copier,
    IOptions<MessagingOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxRelay> logger)
{
    public async Task<int> RelayAsync(MessagingModule source, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(source.DbContextType);
        var claimed = await MessageStore.ClaimAsync<OutboxMessage>(db, Now, options.Value, onlyUnparked: false, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var messages = await db.Set<OutboxMessage>().AsNoTracking().Where(m => claimed.Contains(m.Sequence)).OrderBy(m => m.Sequence).ToListAsync(cancellationToken);
        var failures = new Dictionary<Guid, Exception>();
        var targets = messages.SelectMany(m => subscriptions.SubscribedModules(m.Type)).Distinct();
        foreach (var target in targets)
        {
            var forTarget = messages.Where(m => subscriptions.SubscribedModules(m.Type).Contains(target)).ToList();
            foreach (var (messageId, exception) in await copier.CopyAsync(modules[target], forTarget, source.Name, cancellationToken))
            {
                failures.TryAdd(messageId, exception);
            }
        }

        foreach (var message in messages.Where(m => failures.ContainsKey(m.MessageId)))
        {
            var exception = failures[message.MessageId];
            db.Attach(message);
            logger.LogWarning(exception, "Relay of message {MessageId} ({Type}) from {Module} failed", message.MessageId, message.Type, source.Name);
            message.Attempts++;
            message.LastError = Truncate(exception.Message);
            message.NextAttemptAt = Now + RetrySchedule.Delay(options.Value, message.Attempts);
            message.LockedUntil = null;
            message.LockedBy = null;
        }

        await db.SaveChangesAsync(cancellationToken);

        // The relayed rows are marked in one statement, not one UPDATE each.
        var relayed = messages.Where(m => !failures.ContainsKey(m.MessageId)).Select(m => m.Sequence).ToList();
        var now = Now;
        await db.Set<OutboxMessage>()
            .Where(m => relayed.Contains(m.Sequence))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.ProcessedAt, now)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null)
                    .SetProperty(m => m.LockedBy, (string?)null),
                cancellationToken);
        return messages.Count;
    }

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    private static string Truncate(string text) =>
        text.Length <= MessagingModelBuilderExtensions.ErrorMaxLength ? text : text[..MessagingModelBuilderExtensions.ErrorMaxLength];
}
