using SocialErp.ArchitectureTests.Support;

namespace SocialErp.ArchitectureTests.Dependencies;

/// <summary>
/// Type use inside the code (signatures, attributes, method bodies) read with Mono.Cecil: stricter than the
/// assembly references, which do not say where a dependency is used.
/// </summary>
[Trait("Category", "Architecture")]
public sealed class TypeUsageTests
{
    [Fact]
    public void Modules_UseTypesOfOtherModules_OnlyFromTheirContracts()
    {
        ArchitectureAssert.Scanned("module assemblies", SolutionAssemblies.Modules, KnownModules.All.Count);
        var crossAssembly = SolutionAssemblies.Modules.Concat(SolutionAssemblies.Contracts)
            .SelectMany(a => CecilAssemblies.TypeUses(a).Select(use => (From: SolutionAssemblies.PartOf(a), Use: use)))
            .Select(x => (x.From, x.Use, To: SolutionPart.Of(x.Use.UsedAssembly)))
            .Where(x => x.To.IsSocialErp && x.To.Name != x.From.Name)
            .ToList();
        ArchitectureAssert.Scanned("uses of other SocialErp assemblies' types in modules", crossAssembly, KnownModules.All.Count);

        ArchitectureAssert.NoOffenders(
            "No module or Contracts assembly uses a type of another module's implementation or of the Host",
            crossAssembly
                .Where(x => x.To.Kind == PartKind.Host || (x.To.Kind == PartKind.Module && x.To.Module != x.From.Module))
                .Select(x => $"{x.From}: {x.Use}"));
    }

    [Fact]
    public void Assemblies_UsedSocialErpTypes_FollowTheReferenceTable()
    {
        var crossAssembly = SolutionAssemblies.Layered
            .SelectMany(a => CecilAssemblies.TypeUses(a).Select(use => (From: SolutionAssemblies.PartOf(a), Use: use)))
            .Select(x => (x.From, x.Use, To: SolutionPart.Of(x.Use.UsedAssembly)))
            .Where(x => x.To.IsSocialErp && x.To.Name != x.From.Name)
            .ToList();
        ArchitectureAssert.Scanned("uses of other SocialErp assemblies' types", crossAssembly, KnownModules.All.Count);

        ArchitectureAssert.NoOffenders(
            "Types are used across assemblies only as the table of docs/architecture.md allows",
            crossAssembly
                .Select(x => (x.From, x.Use, Violation: ReferenceRules.Violation(x.From, x.To)))
                .Where(x => x.Violation is not null)
                .Select(x => $"{x.From}: {x.Use}: {x.Violation}"));
    }
}
