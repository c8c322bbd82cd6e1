using System.Reflection;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Maps wire names to event types and back, built once at start-up from the Contracts assemblies.
/// Stored messages never name a CLR type; an unknown or duplicated name fails the start-up, not a delivery.
/// </summary>
public sealed class IntegrationEventRegistry
{
    private readonly Dictionary<string, Type> _byName;
    private readonly Dictionary<Type, string> _byType;

    private IntegrationEventRegistry(Dictionary<string, Type> byName)
    {
        _byName = byName;
        _byType = byName.ToDictionary(p => p.Value, p => p.Key);
    }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public static IntegrationEventRegistry FromAssemblies(IEnumerable<Assembly> assemblies)
    {
        var byName = new Dictionary<string, Type>(StringComparer.Ordinal);
        var eventTypes = assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(IntegrationEvent)));
        foreach (var type in eventTypes)
        {
            var name = type.GetCustomAttribute<IntegrationEventNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"Integration event {type.FullName} has no [IntegrationEventName].");
            if (!byName.TryAdd(name, type))
            {
                throw new InvalidOperationException(
                    $"Wire name '{name}' is used by both {byName[name].FullName} and {type.FullName}.");
            }
        }

        return new IntegrationEventRegistry(byName);
    }

    public string NameOf(Type eventType) =>
        _byType.TryGetValue(eventType, out var name)
            ? name
            : throw new InvalidOperationException($"{eventType.FullName} is not a registered integration event.");

    public Type? TypeOf(string name) => _byName.GetValueOrDefault(name);
}
