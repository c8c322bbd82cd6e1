namespace SocialErp.ArchitectureTests.Support;

/// <summary>The base shared framework (Microsoft.NETCore.App): what a package-free project may reference.</summary>
public static class FrameworkAssemblies
{
    private static readonly string RuntimeDirectory =
        Path.GetDirectoryName(typeof(object).Assembly.Location)
        ?? throw new InvalidOperationException("The runtime's folder is unknown.");

    public static bool IsBaseFramework(string assemblyName) =>
        File.Exists(Path.Combine(RuntimeDirectory, assemblyName + ".dll"));
}
