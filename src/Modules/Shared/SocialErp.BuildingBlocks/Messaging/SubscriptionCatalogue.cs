namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>Who listens to what: the relay copies a message to each subscribing module's inbox.</summary>
public sealed class SubscriptionCatalogue
{
    private readonly ILookup<string, Subscription> _byEventName;

    public SubscriptionCatalogue(IEnumerable<Subscription> subscriptions, IntegrationEventRegistry registry)
    {
        var all = subscriptions.ToList();
        var duplicate = all.GroupBy(s => (s.Module, s.HandlerName, s.EventType)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Handler {duplicate.Key.HandlerName} is registered twice.");
        }

        // The inbox keys each processed message by handler name: a longer name would fail on PostgreSQL at the first
        // message and leave the event undelivered, so it is refused when the host starts.
        var tropLong = all.FirstOrDefault(s => s.HandlerName.Length > MessagingModelBuilderExtensions.TypeMaxLength);
        if (tropLong is not null)
        {
            throw new InvalidOperationException(
                $"Handler name {tropLong.HandlerName} is longer than {MessagingModelBuilderExtensions.TypeMaxLength} characters (inbox key).");
        }

        _byEventName = all.ToLookup(s => registry.NameOf(s.EventType), StringComparer.Ordinal);
    }

    public IReadOnlyList<string> SubscribedModules(string eventName) =>
        _byEventName[eventName].Select(s => s.Module).Distinct().ToList();

    public IReadOnlyList<Subscription> Handlers(string module, string eventName) =>
        _byEventName[eventName].Where(s => s.Module == module).ToList();
}
