using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.Contracts.IntegrationEvents;

/// <summary>A due date passed without being realised: it is now "en retard" for its responsible user.</summary>
[IntegrationEventName("journal.echeance-echue.v1")]
public sealed record EcheanceEchueIntegrationEvent(
    Guid EcheanceId,
    Guid? DossierId,
    Guid ResponsableId,
    DateOnly Date,
    string Action) : IntegrationEvent
{
    public override string AggregateKey => $"echeance:{EcheanceId}";
}
