namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>Rows one module lost to a purge: relayed outbox messages, handled inbox messages and their consumer proofs.</summary>
public sealed record MessagePurgeResult(string Module, int OutboxMessages, int InboxMessages, int InboxConsumers)
{
    public int Total => OutboxMessages + InboxMessages + InboxConsumers;
}
