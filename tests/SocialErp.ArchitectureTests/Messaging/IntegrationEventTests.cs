using System.Reflection;
using System.Text.RegularExpressions;
using SocialErp.ArchitectureTests.Support;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.ArchitectureTests.Messaging;

/// <summary>Integration events are the modules' public, versioned wire contract (docs/architecture.md, Messaging).</summary>
[Trait("Category", "Architecture")]
public sealed partial class IntegrationEventTests
{
    private static readonly IReadOnlyList<Type> Events = SolutionAssemblies.All
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsSubclassOf(typeof(IntegrationEvent)) && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void IntegrationEvents_Declared_AreSealedRecords()
    {
        ArchitectureAssert.Scanned("integration events", Events, 1);

        ArchitectureAssert.NoOffenders(
            "Every integration event is a sealed record",
            Events
                .Where(t => !t.IsSealed || !IsRecord(t))
                .Select(t => $"{t.FullName}: {(t.IsSealed ? "" : "not sealed ")}{(IsRecord(t) ? "" : "not a record")}".TrimEnd()));
    }

    [Fact]
    public void IntegrationEvents_Declared_LiveInContractsOrSharedKernel()
    {
        ArchitectureAssert.Scanned("integration events", Events, 1);

        ArchitectureAssert.NoOffenders(
            "Integration events live in a module's Contracts assembly or in SharedKernel",
            Events.Where(t => OwnerWireName(t) is null).Select(t => $"{t.FullName} in {t.Assembly.GetName().Name}"));
    }

    [Fact]
    public void IntegrationEvents_TypeNames_EndWithIntegrationEvent()
    {
        ArchitectureAssert.Scanned("integration events", Events, 1);

        ArchitectureAssert.NoOffenders(
            "Integration event type names end with IntegrationEvent",
            Events.Where(t => !t.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal)).Select(t => t.FullName!));
    }

    [Fact]
    public void IntegrationEvents_WireNames_VersionedAndPrefixedByTheirModule()
    {
        ArchitectureAssert.Scanned("integration events", Events, 1);

        var offenders = new List<string>();
        foreach (var type in Events)
        {
            var name = type.GetCustomAttribute<IntegrationEventNameAttribute>()?.Name;
            var owner = OwnerWireName(type);
            if (name is null)
            {
                offenders.Add($"{type.FullName}: no [IntegrationEventName]");
            }
            else if (!WireName().IsMatch(name))
            {
                offenders.Add($"{type.FullName}: '{name}' does not match {WireName()}");
            }
            else if (owner is not null && !name.StartsWith(owner + ".", StringComparison.Ordinal))
            {
                offenders.Add($"{type.FullName}: '{name}' should start with its module's name '{owner}.'");
            }
        }

        ArchitectureAssert.NoOffenders("Every integration event carries [IntegrationEventName(\"<module>.<event>.v<N>\")]", offenders);
    }

    [Fact]
    public void IntegrationEvents_WireNames_AreUnique()
    {
        var named = Events
            .Select(t => (Type: t, t.GetCustomAttribute<IntegrationEventNameAttribute>()?.Name))
            .Where(x => x.Name is not null)
            .ToList();
        ArchitectureAssert.Scanned("named integration events", named, 1);

        ArchitectureAssert.NoOffenders(
            "Integration event names are unique",
            named.GroupBy(x => x.Name, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .Select(g => $"'{g.Key}': {string.Join(", ", g.Select(x => x.Type.FullName))}"));
    }

    /// <summary>The wire-name prefix the event's assembly owns, or null when events may not live there.</summary>
    private static string? OwnerWireName(Type type)
    {
        var part = SolutionPart.Of(type.Assembly.GetName().Name ?? "");
        return part.Kind switch
        {
            PartKind.SharedKernel => KnownModules.PlatformWireName,
            PartKind.ModuleContracts => KnownModules.WireName(part.Module!),
            _ => null,
        };
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    [GeneratedRegex(@"^[a-z]+\.[a-z0-9-]+\.v[0-9]+$")]
    private static partial Regex WireName();
}
