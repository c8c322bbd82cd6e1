using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.TestKit;

/// <summary>A fresh, empty database on one provider, with the configuration values that point at it.</summary>
public sealed record TestDatabase(DatabaseProvider Provider, string ConnectionString, string DataFolder)
{
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "socialerp-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync(name)
            : $"Data Source={Path.Combine(folder, "socialerp.db")};Default Timeout=30;Pooling=True";
        return new TestDatabase(provider, connectionString, folder);
    }

    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Database:Provider", Provider.ToString()),
        new("Database:ConnectionString", ConnectionString),
        new("Database:DataFolder", DataFolder),
    ];
}
