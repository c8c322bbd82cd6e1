using System.Diagnostics;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Messaging;
using SocialErp.SharedKernel.Security;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>An integration event written by its module in the same transaction as the change it describes.</summary>
[NonAudite]
public sealed class OutboxMessage : StoredMessage
{
    internal static OutboxMessage From(
        IntegrationEvent integrationEvent, IntegrationEventSerializer serializer, ICurrentUser user, DateTime now) => new()
        {
            MessageId = integrationEvent.EventId,
            Type = serializer.Registry.NameOf(integrationEvent.GetType()),
            Payload = IntegrationEventSerializer.Serialize(integrationEvent),
            AggregateKey = integrationEvent.AggregateKey,
            OccurredAt = integrationEvent.OccurredAt == default ? now : integrationEvent.OccurredAt,
            CorrelationId = Activity.Current?.TraceId.ToString(),
            UserId = user.Id,
        };
}
