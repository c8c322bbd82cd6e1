namespace SocialErp.ArchitectureTests.Support;

/// <summary>The checkout the tests run from: the nearest folder above the test output that holds SocialErp.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<DirectoryInfo> Root = new(Find);

    public static DirectoryInfo Directory => Root.Value;

    public static DirectoryInfo Source => new(Path.Combine(Directory.FullName, "src"));

    private static DirectoryInfo Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialErp.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"No SocialErp.sln above {AppContext.BaseDirectory}.");
    }
}
