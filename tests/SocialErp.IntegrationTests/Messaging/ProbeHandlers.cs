using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
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
