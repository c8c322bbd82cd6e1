using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.IntegrationTests.Jobs;

/// <summary>The outbox, inbox and consumer rows about one aggregate, each with the module holding it.</summary>
internal sealed record MessageRows(
    List<(string Module, OutboxMessage Row)> Outbox,
    List<(string Module, InboxMessage Row)> Inbox,
    List<(string Module, InboxMessageConsumer Row)> Consumers)
{
    public int Count => Outbox.Count + Inbox.Count + Consumers.Count;

    /// <summary>Rows per module, as a purge reports them.</summary>
    public MessagePurgeResult In(string module) => new(
        module,
        Outbox.Count(r => r.Module == module),
        Inbox.Count(r => r.Module == module),
        Consumers.Count(r => r.Module == module));
}
