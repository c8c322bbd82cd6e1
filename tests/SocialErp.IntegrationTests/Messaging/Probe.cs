using System.Collections.Concurrent;

namespace SocialErp.IntegrationTests.Messaging;

/// <summary>What the probe handlers saw: calls and successes per message, order of arrival, planned failures.</summary>
public sealed class Probe
{
    private int _failuresLeft;

    public ConcurrentDictionary<Guid, int> Calls { get; } = new();

    public ConcurrentDictionary<Guid, int> Successes { get; } = new();

    public ConcurrentQueue<string> Order { get; } = new();

    /// <summary>Keys whose calls always throw (a poison message among good ones).</summary>
    public ConcurrentDictionary<Guid, bool> AlwaysFailing { get; } = new();

    /// <summary>The next calls that throw, whatever their message.</summary>
    public int FailuresLeft
    {
        get => Volatile.Read(ref _failuresLeft);
        set => Volatile.Write(ref _failuresLeft, value);
    }

    public void Handle(Guid key, string label)
    {
        Calls.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (AlwaysFailing.ContainsKey(key))
        {
            throw new InvalidOperationException("panne permanente simulée");
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("panne simulée");
        }

        Interlocked.Exchange(ref _failuresLeft, 0);
        Successes.AddOrUpdate(key, 1, (_, n) => n + 1);
        Order.Enqueue(label);
    }
}
