using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>Lists parked messages across modules and puts them back in line (replay).</summary>
public sealed class ParkedMessages(IServiceScopeFactory scopeFactory, IReadOnlyDictionary<string, MessagingModule> modules, MessagingSignal signal)
{
    public async Task<IReadOnlyList<ParkedMessage>> ListAsync(CancellationToken cancellationToken)
    {
        var parked = new List<ParkedMessage>();
        await using var scope = scopeFactory.CreateAsyncScope();
        foreach (var module in modules.Values)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            parked.AddRange(await db.Set<InboxMessage>().AsNoTracking()
                .Where(m => m.ParkedAt != null)
                .OrderBy(m => m.Sequence)
                .Select(m => new ParkedMessage(m.MessageId, module.Name, m.SourceModule, m.Type, m.Attempts, m.LastError, m.OccurredAt, m.ParkedAt!.Value))
                .ToListAsync(cancellationToken));
        }

        return parked;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await using var scope = scopeFactory.CreateAsyncScope();
        foreach (var module in modules.Values)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            count += await db.Set<InboxMessage>().CountAsync(m => m.ParkedAt != null, cancellationToken);
        }

        return count;
    }

    /// <summary>Gives a parked message a fresh set of attempts in every module that parked it.</summary>
    /// <returns>How many inboxes held it parked (0: unknown or not parked).</returns>
    public async Task<int> ReplayAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var replayed = 0;
        await using var scope = scopeFactory.CreateAsyncScope();
        foreach (var module in modules.Values)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            replayed += await db.Set<InboxMessage>()
                .Where(m => m.MessageId == messageId && m.ParkedAt != null)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.ParkedAt, (DateTime?)null)
                        .SetProperty(m => m.Attempts, 0)
                        .SetProperty(m => m.NextAttemptAt, (DateTime?)null),
                    cancellationToken);
        }

        if (replayed > 0)
        {
            signal.Notify();
        }

        return replayed;
    }
}
