using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>
/// A stand-in for a module that points at fiches (its "references": id → fiche id), doing what each module's handler
/// must do: on a merge, re-point the absorbed fiche's references and remember them under the merge's id; on an
/// un-merge, move exactly those back. Both are idempotent (an event delivered twice changes nothing more).
/// </summary>
public sealed class FusionsConsommateurProbe
{
    public ConcurrentDictionary<Guid, Guid> References { get; } = new();

    public ConcurrentDictionary<Guid, IReadOnlyList<Guid>> RepointeesParFusion { get; } = new();

    public static void Abonner(IServiceCollection services, FusionsConsommateurProbe probe)
    {
        services.AddSingleton(probe);
        services.AddIntegrationEventHandler<FichesFusionneesIntegrationEvent, FusionsConsommateurHandler>("statistiques");
        services.AddIntegrationEventHandler<FichesDefusionneesIntegrationEvent, FusionsConsommateurHandler>("statistiques");
    }
}

public sealed class FusionsConsommateurHandler(FusionsConsommateurProbe probe) :
    IIntegrationEventHandler<FichesFusionneesIntegrationEvent>,
    IIntegrationEventHandler<FichesDefusionneesIntegrationEvent>
{
    public Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.FusionId is not { } fusionId || probe.RepointeesParFusion.ContainsKey(fusionId))
        {
            return Task.CompletedTask;
        }

        var repointees = probe.References.Where(r => r.Value == integrationEvent.AbsorbeeId).Select(r => r.Key).ToList();
        foreach (var reference in repointees)
        {
            probe.References[reference] = integrationEvent.ConserveeId;
        }

        probe.RepointeesParFusion[fusionId] = repointees;
        return Task.CompletedTask;
    }

    public Task HandleAsync(FichesDefusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (!probe.RepointeesParFusion.TryRemove(integrationEvent.FusionId, out var repointees))
        {
            return Task.CompletedTask;
        }

        foreach (var reference in repointees.Where(r => probe.References.TryGetValue(r, out var fiche) && fiche == integrationEvent.ConserveeId))
        {
            probe.References[reference] = integrationEvent.AbsorbeeId;
        }

        return Task.CompletedTask;
    }
}

/// <summary>A host whose Statistiques inbox also runs the stand-in consumer of merges and un-merges.</summary>
public abstract class FusionsConsommateurFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private SocialErpApiFactory? _factory;

    public FusionsConsommateurProbe Probe { get; } = new();

    public SocialErpApiFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(provider, $"defusion_{provider}".ToLowerInvariant());
        _factory = new SocialErpApiFactory(database, null, services => FusionsConsommateurProbe.Abonner(services, Probe));
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

public sealed class SqliteFusionsConsommateurFixture() : FusionsConsommateurFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlFusionsConsommateurFixture() : FusionsConsommateurFixture(DatabaseProvider.PostgreSql);
