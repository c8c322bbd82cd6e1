using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>The handler is marked <see cref="AppendsOnlyAttribute"/>: its rows may be saved with a later handler's.</summary>
    public bool AppendsOnly { get; } = HandlerType.IsDefined(typeof(AppendsOnlyAttribute), inherit: false);

    /// <summary>Runs the handler from <paramref name="scope"/> and adds, unsaved, the row proving it ran.</summary>
    internal async Task RunAsync(
        IServiceProvider scope, DbContext db, Guid messageId, IntegrationEvent integrationEvent, DateTime now, CancellationToken cancellationToken)
    {
        await Invoke(scope.GetRequiredService(HandlerType), integrationEvent, cancellationToken);
        db.Set<InboxMessageConsumer>().Add(new InboxMessageConsumer { MessageId = messageId, Handler = HandlerName, ProcessedAt = now });
    }
}
