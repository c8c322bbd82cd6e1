namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Moves messages: relays every module's outbox, then processes every module's inbox. One pass at a time per
/// process; several processes on PostgreSQL share the work through leases taken with SKIP LOCKED.
/// </summary>
public sealed class MessagingDispatcher : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IReadOnlyList<MessagingModule> _modules;
    private readonly OutboxRelay _relay;
    private readonly InboxProcessor _inbox;

    internal MessagingDispatcher(IReadOnlyDictionary<string, MessagingModule> modules, OutboxRelay relay, InboxProcessor inbox)
    {
        _modules = [.. modules.Values];
        _relay = relay;
        _inbox = inbox;
    }

    /// <summary>Relays outboxes only (tests use it to stop between outbox and inbox).</summary>
    public Task<int> RelayOutboxesAsync(CancellationToken cancellationToken) =>
        ExclusiveAsync(async () =>
        {
            var total = 0;
            foreach (var module in _modules)
            {
                total += await _relay.RelayAsync(module, cancellationToken);
            }

            return total;
        });

    /// <summary>Processes inboxes only.</summary>
    public Task<int> ProcessInboxesAsync(CancellationToken cancellationToken) =>
        ExclusiveAsync(async () =>
        {
            var total = 0;
            foreach (var module in _modules)
            {
                total += await _inbox.ProcessAsync(module, cancellationToken);
            }

            return total;
        });

    /// <summary>One relay pass and one inbox pass; returns how many rows moved.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        await RelayOutboxesAsync(cancellationToken) + await ProcessInboxesAsync(cancellationToken);

    /// <summary>Repeats passes until nothing is left that may be handled now (retries scheduled later stay).</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        int moved;
        do
        {
            moved = await RunOnceAsync(cancellationToken);
            total += moved;
        }
        while (moved > 0);

        return total;
    }

    public void Dispose() => _gate.Dispose();

    private async Task<int> ExclusiveAsync(Func<Task<int>> work)
    {
        await _gate.WaitAsync();
        try
        {
            return await work();
        }
        finally
        {
            _gate.Release();
        }
    }
}
