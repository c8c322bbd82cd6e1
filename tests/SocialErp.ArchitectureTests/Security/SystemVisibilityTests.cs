using Mono.Cecil;
using SocialErp.ArchitectureTests.Support;

namespace SocialErp.ArchitectureTests.Security;

/// <summary>
/// Row-level visibility is bypassed in one place only: Comptabilité's <c>DimensionsVisibles.CommeSysteme()</c>, for the
/// demo data built outside any request and for scheduled jobs (Quartz <c>IJob</c>s, which no user calls: the periodic
/// invoicing). A call from a feature would open every fiche and dossier to its callers.
/// </summary>
[Trait("Category", "Architecture")]
public sealed class SystemVisibilityTests
{
    [Fact]
    public void CommeSysteme_IsCalledFromDemoDataOnly()
    {
        var assembly = SolutionAssemblies.Modules.Single(a => a.GetName().Name == "SocialErp.Modules.Comptabilite");
        using var module = ModuleDefinition.ReadModule(assembly.Location, new ReaderParameters { InMemory = true });
        var appelants = module.GetTypes()
            .SelectMany(t => t.Methods)
            .Where(m => m.HasBody && m.Body.Instructions.Any(i =>
                i.Operand is MethodReference appel && appel.Name == "CommeSysteme" && appel.DeclaringType.Name == "DimensionsVisibles"))
            .Select(m => Exterieur(m.DeclaringType))
            .ToList();
        ArchitectureAssert.Scanned("callers of DimensionsVisibles.CommeSysteme", appelants, 2);

        ArchitectureAssert.NoOffenders(
            "Only types in a DemoData namespace and scheduled jobs call DimensionsVisibles.CommeSysteme()",
            appelants.Where(t => !t.Namespace.EndsWith(".DemoData", StringComparison.Ordinal) && !EstJob(t)).Select(t => t.FullName));
    }

    private static bool EstJob(TypeDefinition type) => type.Interfaces.Any(i => i.InterfaceType.FullName == "Quartz.IJob");

    // Lambdas and async state machines are nested types: the rule is about the type that wrote the call.
    private static TypeDefinition Exterieur(TypeDefinition type) => type.DeclaringType is { } parent ? Exterieur(parent) : type;
}
