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
