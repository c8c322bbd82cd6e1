using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.TestKit;

/// <summary>One host and one database per test class and provider (xunit class fixture).</summary>
public abstract class ApiFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private SocialErpApiFactory? _factory;

    public DatabaseProvider Provider { get; } = provider;

    /// <summary>Settings this fixture's host runs with (limits, populations…), over the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Overrides => null;

    public SocialErpApiFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(Provider, $"api_{Provider}".ToLowerInvariant());
        _factory = new SocialErpApiFactory(database, Overrides);
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

public sealed class SqliteApiFixture() : ApiFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlApiFixture() : ApiFixture(DatabaseProvider.PostgreSql);
