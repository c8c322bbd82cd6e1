using System.Xml.Linq;

namespace SocialErp.ArchitectureTests.Support;

/// <summary>The references a .csproj declares (items with an Include; conditions are not evaluated).</summary>
public sealed record ProjectFile(
    string Path,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> PackageReferences,
    IReadOnlyList<string> FrameworkReferences)
{
    /// <summary>The project's name: its file name without extension.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public SolutionPart Part => SolutionPart.Of(Name);

    /// <summary>Where the file sits, relative to the repository root, for failure messages.</summary>
    public string RelativePath => System.IO.Path.GetRelativePath(RepositoryRoot.Directory.FullName, Path);

    public static IReadOnlyList<ProjectFile> UnderSource() => Under(RepositoryRoot.Source);

    public static IReadOnlyList<ProjectFile> Under(DirectoryInfo folder) =>
        folder.EnumerateFiles("*.csproj", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .Select(f => Load(f.FullName))
            .ToList();

    public static ProjectFile Load(string path)
    {
        var document = XDocument.Load(path);
        return new ProjectFile(
            path,
            Includes(document, "ProjectReference").Select(ProjectName).ToList(),
            Includes(document, "PackageReference").ToList(),
            Includes(document, "FrameworkReference").ToList());
    }

    private static IEnumerable<string> Includes(XDocument document, string item) =>
        document.Descendants()
            .Where(e => e.Name.LocalName == item)
            .Select(e => e.Attribute("Include")?.Value)
            .OfType<string>()
            .Where(v => v.Length > 0);

    private static string ProjectName(string include) =>
        System.IO.Path.GetFileNameWithoutExtension(include.Replace('\\', '/').Split('/')[^1]);

    private static bool IsBuildOutput(FileInfo file)
    {
        var separators = new[] { System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar };
        return file.FullName.Split(separators).Any(segment => segment is "bin" or "obj");
    }
}
