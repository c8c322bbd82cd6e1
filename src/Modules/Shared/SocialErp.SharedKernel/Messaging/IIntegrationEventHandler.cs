namespace SocialErp.SharedKernel.Messaging;

/// <summary>
/// Handles one integration event inside the subscribing module. Called at least once per message: the inbox
/// records each handler's success so a redelivered message does not run a handler twice.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
