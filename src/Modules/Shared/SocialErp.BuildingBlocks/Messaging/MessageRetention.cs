using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Deletes, in every module, the outbox and inbox rows processed longer ago than
/// <see cref="MessagingOptions.RetentionPeriod"/>, with the consumer proofs of the purged inbox messages.
/// Unprocessed and parked rows are never touched: they are work still owed.
/// </summary>
public sealed class MessageRetention(
    IServiceScopeFactory scopeFactory,
    IReadOnlyDictionary<string, MessagingModule> modules,
    IOptions<MessagingOptions> options,
    TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<MessagePurgeResult>> PurgeAsync(CancellationToken cancellationToken)
    {
        var retention = options.Value.RetentionPeriod;
        if (retention <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Messaging:RetentionPeriod must be positive (is {retention}).");
        }

        var cutoff = timeProvider.GetUtcNow().UtcDateTime - retention;
        var results = new List<MessagePurgeResult>(modules.Count);
        foreach (var module in modules.Values)
        {
            results.Add(await PurgeAsync(module, cutoff, cancellationToken));
        }

        return results;
    }

    private async Task<MessagePurgeResult> PurgeAsync(MessagingModule module, DateTime cutoff, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var purgedInbox = db.Set<InboxMessage>().Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff && m.ParkedAt == null);

        // Proofs first and in one transaction with their messages: none is left behind for a message that is gone.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var consumers = await db.Set<InboxMessageConsumer>()
            .Where(c => purgedInbox.Any(m => m.MessageId == c.MessageId))
            .ExecuteDeleteAsync(cancellationToken);
        var inbox = await purgedInbox.ExecuteDeleteAsync(cancellationToken);
        var outbox = await db.Set<OutboxMessage>()
            .Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MessagePurgeResult(module.Name, outbox, inbox, consumers);
    }
}
