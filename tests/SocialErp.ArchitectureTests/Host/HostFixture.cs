using Microsoft.Data.Sqlite;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;

namespace SocialErp.ArchitectureTests.Host;

/// <summary>
/// The real host, composed as in production, on an empty SQLite file: nothing is migrated or seeded, the tests
/// only read its service container, its EF models and its endpoint table.
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    private SocialErpApiFactory? _factory;

    public IServiceProvider Services => (_factory ?? throw new InvalidOperationException("Host not started.")).Services;

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "arch");
        _factory = new SocialErpApiFactory(database, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
            ["Seed:AdminPassword"] = "",
        });
        _ = _factory.Server;
    }

    public async Task DisposeAsync()
    {
        if (_factory is null)
        {
            return;
        }

        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_factory.Database.DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
