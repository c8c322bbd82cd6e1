using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Copies relayed outbox messages into one subscribing module's inbox: all of them in one statement (SQLite's
/// single writer is taken once per batch, PostgreSQL gets one round trip; a batch configured larger than
/// <see cref="MessageStore.MaxRowsPerInsert"/> goes in several, in one transaction), or, if that fails, one by one
/// so that one bad message does not hold back the others. A copy already in the inbox is ignored, so a replayed
/// copy doubles nothing.
/// </summary>
internal sealed class InboxCopier(IServiceScopeFactory scopeFactory, TimeProvider timeProvider, ILogger<InboxCopier> logger)
{
    /// <returns>The messages that could not be copied, with the reason.</returns>
    public async Task<IReadOnlyDictionary<Guid, Exception>> CopyAsync(
        MessagingModule target, IReadOnlyList<OutboxMessage> messages, string sourceModule, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(target.DbContextType);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        try
        {
            if (messages.Count <= MessageStore.MaxRowsPerInsert)
            {
                await MessageStore.InsertIntoInboxAsync(db, messages, sourceModule, now, cancellationToken);
                return new Dictionary<Guid, Exception>();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var chunk in messages.Chunk(MessageStore.MaxRowsPerInsert))
            {
                await MessageStore.InsertIntoInboxAsync(db, chunk, sourceModule, now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new Dictionary<Guid, Exception>();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (messages.Count == 1)
            {
                return new Dictionary<Guid, Exception> { [messages[0].MessageId] = exception };
            }

            logger.LogWarning("Copy of {Count} messages into {Module} rolled back ({Error}); copying them one by one",
                messages.Count, target.Name, exception.Message);
        }

        var failures = new Dictionary<Guid, Exception>();
        foreach (var message in messages)
        {
            try
            {
                await MessageStore.InsertIntoInboxAsync(db, [message], sourceModule, now, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failures[message.MessageId] = exception;
            }
        }

        return failures;
    }
}
