using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>
/// Records the audit events an earlier version published one per entity, still undelivered when it was upgraded:
/// each is the grouped event of a single entity.
/// </summary>
[AppendsOnly]
internal sealed class MutationEnregistreeHandler(MutationsEnregistreesHandler handler) : IIntegrationEventHandler<MutationEnregistreeIntegrationEvent>
{
    public Task HandleAsync(MutationEnregistreeIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        handler.HandleAsync(
            new MutationsEnregistreesIntegrationEvent(
                integrationEvent.Module,
                integrationEvent.UtilisateurId,
                integrationEvent.UtilisateurEmail,
                integrationEvent.Instant,
                [new MutationEntite(integrationEvent.Entite, integrationEvent.EntiteId, integrationEvent.Operation, integrationEvent.Changements)])
            {
                EventId = integrationEvent.EventId,
                OccurredAt = integrationEvent.OccurredAt,
            },
            cancellationToken);
}
