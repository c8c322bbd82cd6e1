using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>One host per test class and provider, with dossiers answered by <see cref="DossiersDeTest"/>.</summary>
public abstract class JournalApiFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private SocialErpApiFactory? _factory;

    public SocialErpApiFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(provider, $"journal_{provider}".ToLowerInvariant());
        _factory = new SocialErpApiFactory(database, null, DossiersDeTest.Enregistrer);
        _ = _factory.Server;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}

public sealed class SqliteJournalApiFixture() : JournalApiFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlJournalApiFixture() : JournalApiFixture(DatabaseProvider.PostgreSql);
