using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Copies a module's committed outbox rows into the inbox of every subscribing module, then marks them
/// relayed. A crash in between replays the copy, which the inbox ignores: nothing is lost, nothing doubled.
/// </summary>
internal sealed class OutboxRelay(
    IServiceScopeFactory scopeFactory,
    SubscriptionCatalogue subscriptions,
    IReadOnlyDictionary<string, MessagingModule> modules,
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
        foreach (var message in messages)
        {
            try
            {
                foreach (var target in subscriptions.SubscribedModules(message.Type))
                {
                    await using var targetScope = scopeFactory.CreateAsyncScope();
                    var targetDb = (DbContext)targetScope.ServiceProvider.GetRequiredService(modules[target].DbContextType);
                    await MessageStore.InsertIntoInboxAsync(targetDb, message, source.Name, Now, cancellationToken);
                }

                message.ProcessedAt = Now;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Relay of message {MessageId} ({Type}) from {Module} failed", message.MessageId, message.Type, source.Name);
                message.Attempts++;
                message.LastError = Truncate(exception.Message);
                message.NextAttemptAt = Now + RetrySchedule.Delay(options.Value, message.Attempts);
            }

            message.LockedUntil = null;
            message.LockedBy = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return messages.Count;
    }

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    private static string Truncate(string text) =>
        text.Length <= MessagingModelBuilderExtensions.ErrorMaxLength ? text : text[..MessagingModelBuilderExtensions.ErrorMaxLength];
}
