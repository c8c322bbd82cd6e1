using SocialErp.SharedKernel.Audit;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>A message received by a subscribing module, kept until each of its handlers has succeeded.</summary>
[NonAudite]
public sealed class InboxMessage : StoredMessage
{
    public string SourceModule { get; set; } = "";

    public DateTime ReceivedAt { get; set; }

    /// <summary>Set after too many failures: the message waits for an administrator's replay.</summary>
    public DateTime? ParkedAt { get; set; }
}
