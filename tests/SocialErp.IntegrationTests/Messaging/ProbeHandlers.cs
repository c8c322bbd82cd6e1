using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.IntegrationTests.Messaging;

/// <summary>Subscribes the Statistiques module's inbox to fiche events for the tests.</summary>
public sealed class ProbeFicheCreeeHandler(Probe probe) : IIntegrationEventHandler<FicheCreeeIntegrationEvent>
{
    public Task HandleAsync(FicheCreeeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        probe.Handle(integrationEvent.FicheId, integrationEvent.Nom);
        return Task.CompletedTask;
    }
}

public sealed class ProbeFicheModifieeHandler(Probe probe) : IIntegrationEventHandler<FicheModifieeIntegrationEvent>
{
    public Task HandleAsync(FicheModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        probe.Handle(integrationEvent.EventId, integrationEvent.Nom);
        return Task.CompletedTask;
    }
}

/// <summary>Subscribes the Journal module's inbox to the audit of fiches, beside the journal des mutations' own handler.</summary>
public sealed class ProbeMutationFicheHandler(Probe probe) : IIntegrationEventHandler<MutationsEnregistreesIntegrationEvent>
{
    public Task HandleAsync(MutationsEnregistreesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        foreach (var mutation in integrationEvent.Mutations)
        {
            if (mutation.Entite == "Fiche" && Guid.TryParse(mutation.EntiteId, out var ficheId))
            {
                probe.Handle(ficheId, mutation.EntiteId);
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>Appends only the inbox's proof that it ran (in the GED module, which has no handler of its own for fiche creations).</summary>
[AppendsOnly]
public sealed class ProbeAjoutFicheCreeeHandler : IIntegrationEventHandler<FicheCreeeIntegrationEvent>
{
    public Task HandleAsync(FicheCreeeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Reads, in the module's own context, how many proofs the appending probe has: what a handler that runs after an
/// appends-only one in the same batch finds with a query.
/// </summary>
public sealed class ProbeLectureFicheModifieeHandler(IServiceProvider services, IReadOnlyDictionary<string, MessagingModule> modules, Probe probe)
    : IIntegrationEventHandler<FicheModifieeIntegrationEvent>
{
    public async Task HandleAsync(FicheModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var db = (DbContext)services.GetRequiredService(modules["ged"].DbContextType);
        var preuves = await db.Set<InboxMessageConsumer>().CountAsync(c => c.Handler == typeof(ProbeAjoutFicheCreeeHandler).FullName, cancellationToken);
        probe.Calls[integrationEvent.FicheId] = preuves;
    }
}
