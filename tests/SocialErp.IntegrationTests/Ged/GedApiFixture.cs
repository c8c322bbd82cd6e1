using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Ged;

/// <summary>
/// The host for GED tests: a small size limit (256 KB) so 413 is cheap to reach, and no retention or grace period so the
/// purge acts at once when a test triggers it.
/// </summary>
public abstract class GedApiFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const long TailleMax = 256 * 1024;

    private SocialErpApiFactory? _factory;

    public SocialErpApiFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(provider, $"ged_{provider}".ToLowerInvariant());
        _factory = new SocialErpApiFactory(database, new Dictionary<string, string?>
        {
            ["Ged:TailleMaxOctets"] = TailleMax.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ged:ConservationApresSuppression"] = "00:00:00",
            ["Ged:DelaiGraceOrphelins"] = "00:00:00",
        });
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

public sealed class SqliteGedApiFixture() : GedApiFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlGedApiFixture() : GedApiFixture(DatabaseProvider.PostgreSql);
