using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.BuildingBlocks.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>The platform's bus: registry, serializer, relay, inbox processor, dispatcher and its hosted loop.</summary>
    public static IServiceCollection AddMessaging(
        this IServiceCollection services, IConfiguration configuration, IEnumerable<Assembly> contractAssemblies)
    {
        services.Configure<MessagingOptions>(configuration.GetSection(MessagingOptions.SectionName));
        var registry = IntegrationEventRegistry.FromAssemblies(
            contractAssemblies.Append(typeof(MutationsEnregistreesIntegrationEvent).Assembly));
        services.AddSingleton(registry);
        services.AddSingleton<IntegrationEventSerializer>();
        services.AddSingleton<MessagingSignal>();
        services.AddSingleton<SubscriptionCatalogue>();
        services.AddSingleton<IReadOnlyDictionary<string, MessagingModule>>(sp =>
            sp.GetServices<MessagingModule>().ToDictionary(m => m.Name, StringComparer.Ordinal));
        services.AddSingleton<InboxCopier>();
        services.AddSingleton<OutboxRelay>();
        services.AddSingleton<InboxBatch>();
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton(sp => new MessagingDispatcher(
            sp.GetRequiredService<IReadOnlyDictionary<string, MessagingModule>>(),
            sp.GetRequiredService<OutboxRelay>(),
            sp.GetRequiredService<InboxProcessor>()));
        services.AddSingleton<ParkedMessages>();
        services.AddSingleton<MessageRetention>();
        services.AddHostedService<MessagingBackgroundService>();
        return services;
    }

    /// <summary>Declares that <paramref name="module"/>'s DbContext holds an outbox and an inbox.</summary>
    public static IServiceCollection AddModuleMessaging<TContext>(this IServiceCollection services, string module)
        where TContext : class
    {
        services.AddSingleton(new MessagingModule(module, typeof(TContext)));
        return services;
    }

    /// <summary>Subscribes <typeparamref name="THandler"/> of <paramref name="module"/> to <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services, string module)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new Subscription(
            module,
            typeof(TEvent),
            typeof(THandler),
            (handler, integrationEvent, token) => ((THandler)handler).HandleAsync((TEvent)integrationEvent, token)));
        return services;
    }
}
