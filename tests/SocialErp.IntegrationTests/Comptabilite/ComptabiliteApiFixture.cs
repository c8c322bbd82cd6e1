using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// One host and database per test class and provider, like <see cref="ApiFixture"/>, with Dossiers' visibility query
/// wrapped by <see cref="DossiersDeTest"/> (real dossiers answered by Dossiers, synthetic units by the test).
/// </summary>
public abstract class ComptabiliteApiFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private SocialErpApiFactory? _factory;

    public DatabaseProvider Provider { get; } = provider;

    public SocialErpApiFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(Provider, $"compta_{Provider}".ToLowerInvariant());
        // Populations of two communes for the settlements' cantonal key (DecomptesApiTests).
        var reglages = new Dictionary<string, string?>
        {
            ["Comptabilite:Decomptes:Populations:5586"] = "3000",
            ["Comptabilite:Decomptes:Populations:5591"] = "1000",

            // The scheduled periodic invoicing, when a test triggers it, runs last month whatever today's day.
            ["Comptabilite:Facturation:JourExecutionAutomatique"] = "1",
        };
        _factory = new SocialErpApiFactory(database, reglages, configureServices: services =>
        {
            var reel = services.LastOrDefault(d => d.ServiceType == typeof(IDossierVisibilite));
            services.AddScoped<IDossierVisibilite>(sp => new DossiersDeTest(
                reel?.ImplementationType is { } type ? (IDossierVisibilite)ActivatorUtilities.CreateInstance(sp, type) : null));
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
