using SocialErp.SharedKernel.Audit;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>Proof that one handler has processed one message: a redelivery skips that handler.</summary>
[NonAudite]
public sealed class InboxMessageConsumer
{
    public Guid MessageId { get; set; }

    public string Handler { get; set; } = "";

    public DateTime ProcessedAt { get; set; }
}
