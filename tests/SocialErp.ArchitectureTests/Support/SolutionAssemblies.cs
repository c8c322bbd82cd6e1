using System.Reflection;

namespace SocialErp.ArchitectureTests.Support;

/// <summary>
/// The product's assemblies, loaded by name from the test output folder (the Host reference copies them there).
/// </summary>
public static class SolutionAssemblies
{
    public static Assembly SharedKernel { get; } = Load(SolutionPart.SharedKernelName);

    public static Assembly BuildingBlocks { get; } = Load(SolutionPart.BuildingBlocksName);

    public static Assembly Host { get; } = Load(SolutionPart.HostName);

    /// <summary>Each module's implementation assembly, <c>SocialErp.Modules.&lt;M&gt;</c>.</summary>
    public static IReadOnlyList<Assembly> Modules { get; } =
        KnownModules.All.Select(m => Load($"SocialErp.Modules.{m}")).ToList();

    /// <summary>Each module's <c>SocialErp.Modules.&lt;M&gt;.Contracts</c>.</summary>
    public static IReadOnlyList<Assembly> Contracts { get; } =
        KnownModules.All.Select(m => Load($"SocialErp.Modules.{m}.Contracts")).ToList();

    /// <summary>Everything but the Host: the assemblies bound by the reference table.</summary>
    public static IReadOnlyList<Assembly> Layered { get; } = [SharedKernel, BuildingBlocks, .. Contracts, .. Modules];

    public static IReadOnlyList<Assembly> All { get; } = [.. Layered, Host];

    public static SolutionPart PartOf(Assembly assembly) => SolutionPart.Of(NameOf(assembly));

    public static string NameOf(Assembly assembly) =>
        assembly.GetName().Name ?? throw new InvalidOperationException($"{assembly} has no name.");

    private static Assembly Load(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException exception)
        {
            throw new InvalidOperationException(
                $"{name}.dll is not in {AppContext.BaseDirectory}: the Host project must reference it.", exception);
        }
    }
}
