using Mono.Cecil;
using SocialErp.ArchitectureTests.Support;

namespace SocialErp.ArchitectureTests.Dependencies;

/// <summary>
/// Dates are the service's calendar day (<c>Horloge:FuseauHoraire</c>, Europe/Zurich by default): modules take them
/// from <c>Horloge</c> (<c>Aujourdhui()</c>, <c>Jour(instant)</c>). <c>DateOnly.FromDateTime</c> on a UTC instant gives
/// the UTC date (a session at 00:30 in Zurich lands on the day before); <c>DateTime.Today</c>/<c>Now</c> and
/// <c>DateTimeOffset.Now</c> read the machine's zone and bypass the injected clock; <c>UtcNow</c> bypasses it too
/// (instants come from <c>TimeProvider</c>, which tests replace to move time).
/// </summary>
[Trait("Category", "Architecture")]
public sealed class HorlogeUsageTests
{
    private static readonly (string Type, string Member)[] Forbidden =
    [
        ("System.DateOnly", "FromDateTime"),
        ("System.DateTime", "get_Today"),
        ("System.DateTime", "get_Now"),
        ("System.DateTime", "get_UtcNow"),
        ("System.DateTimeOffset", "get_Now"),
        ("System.DateTimeOffset", "get_UtcNow"),
    ];

    [Fact]
    public void Modules_TakeDatesFromHorloge_NeverFromDateTimeNorTheMachineZone()
    {
        var assemblies = SolutionAssemblies.Modules.Concat(SolutionAssemblies.Contracts).ToList();
        ArchitectureAssert.Scanned("module and Contracts assemblies", assemblies, 2 * KnownModules.All.Count);
        var appels = assemblies.SelectMany(Appels).ToList();
        ArchitectureAssert.Scanned("calls in module bodies", appels, 1);

        ArchitectureAssert.NoOffenders(
            "No module calls DateOnly.FromDateTime nor reads DateTime.Today/Now/UtcNow or DateTimeOffset.Now/UtcNow: use TimeProvider (GetUtcNow, Aujourdhui()/Jour(instant) from Horloge)",
            appels
                .Where(a => Forbidden.Contains((a.Type, a.Member)))
                .Select(a => $"{a.Appelant} calls {a.Type}::{a.Member}"));
    }

    private static IEnumerable<(string Appelant, string Type, string Member)> Appels(System.Reflection.Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location, new ReaderParameters { InMemory = true });
        return module.GetTypes()
            .SelectMany(t => t.Methods)
            .Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions
                .Select(i => i.Operand)
                .OfType<MethodReference>()
                .Select(appele => ($"{Exterieur(m.DeclaringType).FullName}::{m.Name}", appele.DeclaringType.FullName, appele.Name)))
            .ToList();
    }

    // Lambdas and async state machines are nested types: name the type that wrote the call.
    private static TypeDefinition Exterieur(TypeDefinition type) => type.DeclaringType is { } parent ? Exterieur(parent) : type;
}
