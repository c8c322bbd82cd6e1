using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Copies a module's committed outbox rows into the inbox of every subscribing module, then marks them
/// relayed. A crash in between replays the copy, which the inbox ignores: nothing is lost, nothing doubled.
/// The claimed rows travel together: one transaction per subscribing inbox, one to mark them all.
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

        var messages = await db.Set<OutboxMessage>().Where(m => claimed.Contains(m.Sequence)).OrderBy(m => m.Sequence).ToListAsync(cancellationToken);
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

        foreach (var message in messages)
        {
            if (failures.TryGetValue(message.MessageId, out var exception))
            {
                logger.LogWarning(exception, "Relay of message {MessageId} ({Type}) from {Module} failed", message.MessageId, message.Type, source.Name);
                message.Attempts++;
                message.LastError = Truncate(exception.Message);
                message.NextAttemptAt = Now + RetrySchedule.Delay(options.Value, message.Attempts);
            }
            else
            {
                message.ProcessedAt = Now;
            }

            message.LockedUntil = null;
            message.LockedBy = null;
        }

        // One transaction for all the marks (EF Core batches the updates).
        await db.SaveChangesAsync(cancellationToken);
        return messages.Count;
    }

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    private static string Truncate(string text) =>
        text.Length <= MessagingModelBuilderExtensions.ErrorMaxLength ? text : text[..MessagingModelBuilderExtensions.ErrorMaxLength];
}
