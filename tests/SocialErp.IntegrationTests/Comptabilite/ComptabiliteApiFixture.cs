using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// One host and database per test class and provider, like <see cref="ApiFixture"/>; when the host has no Dossiers
/// implementation yet, <see cref="DossiersDeTest"/> answers its visibility query.
/// </summary>
public abstract class ComptabiliteApiFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private SocialErpApiFactory? _factory;

    public DatabaseProvider Provider { get; } = provider;

    public SocialErpApiFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    /// <summary>Null when the real Dossiers module answers.</summary>
    public DossiersDeTest? DossiersDeTest { get; private set; }

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(Provider, $"compta_{Provider}".ToLowerInvariant());
        _factory = new SocialErpApiFactory(database, configureServices: services =>
        {
            if (!services.Any(d => d.ServiceType == typeof(IDossierVisibilite)))
            {
                DossiersDeTest = new DossiersDeTest();
                services.AddSingleton<IDossierVisibilite>(DossiersDeTest);
            }
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

public sealed class SqliteComptabiliteFixture() : ComptabiliteApiFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlComptabiliteFixture() : ComptabiliteApiFixture(DatabaseProvider.PostgreSql);
