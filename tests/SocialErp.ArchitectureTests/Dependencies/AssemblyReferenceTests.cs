using System.Reflection;
using SocialErp.ArchitectureTests.Support;

namespace SocialErp.ArchitectureTests.Dependencies;

/// <summary>The references the compiler kept in each assembly's metadata (only what the code actually uses).</summary>
[Trait("Category", "Architecture")]
public sealed class AssemblyReferenceTests
{
    [Fact]
    public void Assemblies_ReferencedSocialErpAssemblies_FollowTheReferenceTable()
    {
        var references = SolutionAssemblies.Layered
            .SelectMany(a => a.GetReferencedAssemblies().Select(r => (From: SolutionAssemblies.PartOf(a), To: SolutionPart.Of(r.Name ?? ""))))
            .Where(r => r.To.IsSocialErp)
            .ToList();
        ArchitectureAssert.Scanned("SocialErp assembly references", references, 2 * KnownModules.All.Count);

        ArchitectureAssert.NoOffenders(
            "Compiled assemblies reference each other as the table of docs/architecture.md allows",
            references
                .Select(r => (r.From, r.To, Violation: ReferenceRules.Violation(r.From, r.To)))
                .Where(r => r.Violation is not null)
                .Select(r => $"{r.From} references {r.To}: {r.Violation}"));
    }

    [Fact]
    public void Modules_ReferenceOtherModules_OnlyThroughContracts()
    {
        ArchitectureAssert.Scanned("module assemblies", SolutionAssemblies.Modules, KnownModules.All.Count);

        ArchitectureAssert.NoOffenders(
            "A module assembly references neither another module's implementation nor the Host",
            SolutionAssemblies.Modules.SelectMany(module =>
                module.GetReferencedAssemblies()
                    .Select(r => SolutionPart.Of(r.Name ?? ""))
                    .Where(r => r.Kind == PartKind.Host || (r.Kind == PartKind.Module && r.Module != SolutionAssemblies.PartOf(module).Module))
                    .Select(r => $"{SolutionAssemblies.NameOf(module)} references {r}")));
    }

    [Fact]
    public void SharedKernelAndContracts_ReferencedAssemblies_OnlyBaseFrameworkBesidesSharedKernel()
    {
        Assembly[] packageFree = [SolutionAssemblies.SharedKernel, .. SolutionAssemblies.Contracts];
        var references = packageFree
            .SelectMany(a => a.GetReferencedAssemblies().Select(r => (From: SolutionAssemblies.NameOf(a), To: r.Name ?? "")))
            .ToList();
        ArchitectureAssert.Scanned("references of SharedKernel and Contracts", references, packageFree.Length);

        ArchitectureAssert.NoOffenders(
            "SharedKernel and Contracts use only the base framework (Microsoft.NETCore.App), plus SharedKernel for Contracts",
            references
                .Where(r => r.To != SolutionPart.SharedKernelName && !FrameworkAssemblies.IsBaseFramework(r.To))
                .Select(r => $"{r.From} references {r.To}"));
    }
}
