using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>Every Dossiers event a subscribing module (the Statistiques inbox, for the tests) received, in order.</summary>
public sealed class DossiersEvenementsProbe
{
    public ConcurrentQueue<IntegrationEvent> Recus { get; } = new();

    public IReadOnlyList<T> De<T>(Guid dossierId)
        where T : IntegrationEvent =>
        Recus.OfType<T>().Where(e => e.AggregateKey == $"dossier:{dossierId}").ToList();

    public static void Abonner(IServiceCollection services, DossiersEvenementsProbe probe)
    {
        services.AddSingleton(probe);
        services.AddIntegrationEventHandler<DossierOuvertIntegrationEvent, ProbeDossiersHandler>("statistiques");
        services.AddIntegrationEventHandler<DossierModifieIntegrationEvent, ProbeDossiersHandler>("statistiques");
        services.AddIntegrationEventHandler<DossierStatutModifieIntegrationEvent, ProbeDossiersHandler>("statistiques");
        services.AddIntegrationEventHandler<UniteAllocationModifieeIntegrationEvent, ProbeDossiersHandler>("statistiques");
        services.AddIntegrationEventHandler<AccesDossierModifieIntegrationEvent, ProbeDossiersHandler>("statistiques");
        services.AddIntegrationEventHandler<DossierTransfereIntegrationEvent, ProbeDossiersHandler>("statistiques");
        services.AddIntegrationEventHandler<EvenementDossierEnregistreIntegrationEvent, ProbeDossiersHandler>("statistiques");
        services.AddIntegrationEventHandler<FacturationDossierModifieeIntegrationEvent, ProbeDossiersHandler>("statistiques");
        services.AddIntegrationEventHandler<SeanceModifieeIntegrationEvent, ProbeDossiersHandler>("statistiques");
    }
}

/// <summary>One handler type for every Dossiers event (its name keys the inbox's consumer rows).</summary>
public sealed class ProbeDossiersHandler(DossiersEvenementsProbe probe) :
    IIntegrationEventHandler<DossierOuvertIntegrationEvent>,
    IIntegrationEventHandler<DossierModifieIntegrationEvent>,
    IIntegrationEventHandler<DossierStatutModifieIntegrationEvent>,
    IIntegrationEventHandler<UniteAllocationModifieeIntegrationEvent>,
    IIntegrationEventHandler<AccesDossierModifieIntegrationEvent>,
    IIntegrationEventHandler<DossierTransfereIntegrationEvent>,
    IIntegrationEventHandler<EvenementDossierEnregistreIntegrationEvent>,
    IIntegrationEventHandler<FacturationDossierModifieeIntegrationEvent>,
    IIntegrationEventHandler<SeanceModifieeIntegrationEvent>
{
    public Task HandleAsync(DossierOuvertIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Recevoir(integrationEvent);

    public Task HandleAsync(DossierModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Recevoir(integrationEvent);

    public Task HandleAsync(DossierStatutModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Recevoir(integrationEvent);

    public Task HandleAsync(UniteAllocationModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Recevoir(integrationEvent);

    public Task HandleAsync(AccesDossierModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Recevoir(integrationEvent);

    public Task HandleAsync(DossierTransfereIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Recevoir(integrationEvent);

    public Task HandleAsync(EvenementDossierEnregistreIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Recevoir(integrationEvent);

    public Task HandleAsync(FacturationDossierModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Recevoir(integrationEvent);

    public Task HandleAsync(SeanceModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Recevoir(integrationEvent);

    private Task Recevoir(IntegrationEvent integrationEvent)
    {
        probe.Recus.Enqueue(integrationEvent);
        return Task.CompletedTask;
    }
}

/// <summary>A host whose Statistiques inbox subscribes the probe to every Dossiers event.</summary>
public abstract class DossiersEvenementsFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private SocialErpApiFactory? _factory;

    public DossiersEvenementsProbe Probe { get; } = new();

    public SocialErpApiFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(provider, $"evts_{provider}".ToLowerInvariant());
        _factory = new SocialErpApiFactory(database, null, services => DossiersEvenementsProbe.Abonner(services, Probe));
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

public sealed class SqliteDossiersEvenementsFixture() : DossiersEvenementsFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlDossiersEvenementsFixture() : DossiersEvenementsFixture(DatabaseProvider.PostgreSql);
