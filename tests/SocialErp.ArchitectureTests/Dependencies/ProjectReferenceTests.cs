using SocialErp.ArchitectureTests.Support;

namespace SocialErp.ArchitectureTests.Dependencies;

/// <summary>The references each project under src/ declares in its .csproj.</summary>
[Trait("Category", "Architecture")]
public sealed class ProjectReferenceTests
{
    private static readonly IReadOnlyList<ProjectFile> Projects = ProjectFile.UnderSource();

    [Fact]
    public void SourceProjects_Names_FollowTheLayout()
    {
        ArchitectureAssert.Scanned("projects under src/", Projects, 15);

        ArchitectureAssert.NoOffenders(
            "Every project under src/ is SocialErp.SharedKernel, SocialErp.BuildingBlocks, SocialErp.Host or SocialErp.Modules.<Module>[.Contracts]",
            Projects.Where(p => p.Part.Kind == PartKind.Unclassified).Select(p => p.RelativePath));
    }

    [Fact]
    public void SourceModules_Found_AreTheKnownModulesEachWithContractsAndImplementation()
    {
        var found = Projects
            .Where(p => p.Part.Kind is PartKind.Module or PartKind.ModuleContracts)
            .Select(p => p.Part.Module!)
            .ToHashSet(StringComparer.Ordinal);
        ArchitectureAssert.Scanned("modules under src/", found, KnownModules.All.Count);
        var names = Projects.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var offenders = found.Except(KnownModules.All)
            .Select(m => $"{m}: not in KnownModules.All, so the assembly rules do not check it")
            .Concat(KnownModules.All.SelectMany(m => new[] { $"SocialErp.Modules.{m}", $"SocialErp.Modules.{m}.Contracts" })
                .Where(n => !names.Contains(n))
                .Select(n => $"{n}: project missing"));
        ArchitectureAssert.NoOffenders("Each known module, and only those, has an implementation and a Contracts project", offenders);
    }

    [Fact]
    public void SourceProjects_ProjectReferences_FollowTheReferenceTable()
    {
        var references = Projects.SelectMany(p => p.ProjectReferences.Select(r => (Project: p, Reference: SolutionPart.Of(r)))).ToList();
        ArchitectureAssert.Scanned("project references", references, 10);

        ArchitectureAssert.NoOffenders(
            "Project references follow the table of docs/architecture.md",
            references
                .Select(r => (r.Project, r.Reference, Violation: ReferenceRules.Violation(r.Project.Part, r.Reference)))
                .Where(r => r.Violation is not null)
                .Select(r => $"{r.Project.RelativePath} references {r.Reference}: {r.Violation}"));
    }

    [Fact]
    public void SharedKernelAndContracts_Dependencies_NoPackageNorExtraFramework()
    {
        var packageFree = Projects.Where(p => p.Part.Kind is PartKind.SharedKernel or PartKind.ModuleContracts).ToList();
        ArchitectureAssert.Scanned("SharedKernel and Contracts projects", packageFree, 1 + KnownModules.All.Count);

        ArchitectureAssert.NoOffenders(
            "SharedKernel and module Contracts depend on no package and no shared framework beyond the base one",
            packageFree.SelectMany(p =>
                p.PackageReferences.Select(r => $"{p.RelativePath}: PackageReference {r}")
                    .Concat(p.FrameworkReferences.Select(r => $"{p.RelativePath}: FrameworkReference {r}"))));
    }

    [Fact]
    public void SharedKernel_ProjectReferences_None()
    {
        var sharedKernel = Assert.Single(Projects, p => p.Part.Kind == PartKind.SharedKernel);

        ArchitectureAssert.NoOffenders(
            "SharedKernel references no project",
            sharedKernel.ProjectReferences.Select(r => $"{sharedKernel.RelativePath} references {r}"));
    }

    [Fact]
    public void ModuleProjects_ProjectReferences_IncludeSharedKernelBuildingBlocksAndOwnContracts()
    {
        var modules = Projects
            .Where(p => p.Part.Kind == PartKind.Module && p.Name == $"SocialErp.Modules.{p.Part.Module}")
            .ToList();
        ArchitectureAssert.Scanned("module implementation projects", modules, KnownModules.All.Count);

        ArchitectureAssert.NoOffenders(
            "Each module references SharedKernel, BuildingBlocks and its own Contracts",
            modules.SelectMany(p =>
                new[] { SolutionPart.SharedKernelName, SolutionPart.BuildingBlocksName, $"{p.Name}.Contracts" }
                    .Where(required => !p.ProjectReferences.Contains(required, StringComparer.Ordinal))
                    .Select(required => $"{p.RelativePath} does not reference {required}")));
    }

    [Fact]
    public void ModulesFolder_Projects_NeverReferenceTheHost()
    {
        var modulesFolder = new DirectoryInfo(Path.Combine(RepositoryRoot.Source.FullName, "Modules"));
        var underModules = ProjectFile.Under(modulesFolder);
        ArchitectureAssert.Scanned("projects under src/Modules", underModules, 2 + (2 * KnownModules.All.Count));

        ArchitectureAssert.NoOffenders(
            "Nothing under src/Modules references the Host",
            underModules
                .Where(p => p.ProjectReferences.Contains(SolutionPart.HostName, StringComparer.Ordinal))
                .Select(p => $"{p.RelativePath} references {SolutionPart.HostName}"));
    }
}
