using System.Reflection;
using System.Runtime.CompilerServices;
using SocialErp.ArchitectureTests.Support;
using SocialErp.BuildingBlocks.Modules;

namespace SocialErp.ArchitectureTests.Visibility;

/// <summary>A module is a black box: one public entry point, internals open to its own tests only, no inheritance.</summary>
[Trait("Category", "Architecture")]
public sealed class ModuleVisibilityTests
{
    [Fact]
    public void ModuleAssemblies_PublicTypes_OnlyTheModuleEntryPoint()
    {
        ArchitectureAssert.Scanned("module assemblies", SolutionAssemblies.Modules, KnownModules.All.Count);

        var offenders = new List<string>();
        foreach (var (module, assembly) in KnownModules.All.Zip(SolutionAssemblies.Modules))
        {
            var entryPoint = $"SocialErp.Modules.{module}.{module}Module";
            var exported = assembly.GetExportedTypes();
            offenders.AddRange(exported.Where(t => t.FullName != entryPoint).Select(t => $"{assembly.GetName().Name}: {t.FullName} is public"));
            var entry = exported.SingleOrDefault(t => t.FullName == entryPoint);
            if (entry is null)
            {
                offenders.Add($"{assembly.GetName().Name}: no public entry point {entryPoint}");
            }
            else if (!typeof(IModule).IsAssignableFrom(entry) || entry.IsAbstract || !entry.IsSealed)
            {
                offenders.Add($"{assembly.GetName().Name}: {entryPoint} is not a sealed class implementing {typeof(IModule).FullName}");
            }
        }

        ArchitectureAssert.NoOffenders("The only public type of SocialErp.Modules.<M> is <M>Module, a sealed IModule", offenders);
    }

    [Fact]
    public void ModuleAssemblies_InternalsVisibleTo_OnlyTheirOwnTests()
    {
        var assemblies = KnownModules.All
            .SelectMany(m => new[] { (Module: m, Assembly: Load($"SocialErp.Modules.{m}")), (Module: m, Assembly: Load($"SocialErp.Modules.{m}.Contracts")) })
            .ToList();
        ArchitectureAssert.Scanned("module and Contracts assemblies", assemblies, 2 * KnownModules.All.Count);

        ArchitectureAssert.NoOffenders(
            "InternalsVisibleTo in a module's assemblies names only SocialErp.Modules.<M>.Tests",
            assemblies.SelectMany(x => x.Assembly.GetCustomAttributes<InternalsVisibleToAttribute>()
                .Select(a => (x.Module, x.Assembly, Friend: new AssemblyName(a.AssemblyName).Name))
                .Where(a => a.Friend != $"SocialErp.Modules.{a.Module}.Tests")
                .Select(a => $"{a.Assembly.GetName().Name}: InternalsVisibleTo {a.Friend}")));
    }

    [Fact]
    public void ModuleAssemblies_ConcreteClasses_AreSealed()
    {
        var classes = SolutionAssemblies.Modules.Concat(SolutionAssemblies.Contracts)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !CompilerGenerated.Is(t))
            .ToList();
        ArchitectureAssert.Scanned("classes in module assemblies", classes, KnownModules.All.Count);

        ArchitectureAssert.NoOffenders(
            "Non-abstract, non-static classes in module and Contracts assemblies are sealed",
            classes.Where(t => !t.IsAbstract && !t.IsSealed).Select(t => $"{t.Assembly.GetName().Name}: {t.FullName}"));
    }

    private static Assembly Load(string name) => SolutionAssemblies.All.Single(a => a.GetName().Name == name);
}
