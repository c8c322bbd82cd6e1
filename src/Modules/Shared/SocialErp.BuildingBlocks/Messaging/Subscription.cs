using SocialErp.SharedKernel.Messaging;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>One handler of one module for one event type.</summary>
public sealed record Subscription(
    string Module,
    Type EventType,
    Type HandlerType,
    Func<object, IntegrationEvent, CancellationToken, Task> Invoke)
{
    /// <summary>Stable name under which the inbox records that this handler processed a message.</summary>
    public string HandlerName => HandlerType.FullName!;
}
