using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.SharedKernel.Messaging;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Messaging;

/// <summary>
/// At-least-once delivery in a test: an event handed once more straight to one module's handler. The inbox, which
/// would drop a message id it already has, is bypassed, so what is tested is the handler's own idempotency.
/// </summary>
internal static class Redelivraison
{
    /// <summary>The latest event of this type <paramref name="module"/> wrote to its outbox for this aggregate.</summary>
    public static async Task<TEvent> DernierPublieAsync<TEvent>(SocialErpApiFactory factory, string module, string aggregateKey)
        where TEvent : IntegrationEvent
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var modules = scope.ServiceProvider.GetRequiredService<IReadOnlyDictionary<string, MessagingModule>>();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(modules[module].DbContextType);
        var serializer = scope.ServiceProvider.GetRequiredService<IntegrationEventSerializer>();
        var type = serializer.Registry.NameOf(typeof(TEvent));
        var message = await db.Set<OutboxMessage>()
            .Where(m => m.Type == type && m.AggregateKey == aggregateKey)
            .OrderByDescending(m => m.Sequence)
            .FirstAsync();
        return (TEvent)serializer.Deserialize(message.Type, message.Payload);
    }

    /// <summary>Runs <paramref name="module"/>'s handler of this event directly, as a redelivery would.</summary>
    public static async Task RedelivrerAsync(SocialErpApiFactory factory, string module, IntegrationEvent evenement)
    {
        var subscription = factory.Services.GetServices<Subscription>()
            .Single(s => s.Module == module && s.EventType == evenement.GetType());
        await using var scope = factory.Services.CreateAsyncScope();
        await subscription.Invoke(scope.ServiceProvider.GetRequiredService(subscription.HandlerType), evenement, CancellationToken.None);
    }
}
