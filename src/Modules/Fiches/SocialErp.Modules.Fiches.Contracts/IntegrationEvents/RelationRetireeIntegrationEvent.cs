using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.Contracts.IntegrationEvents;

/// <summary>A link between two fiches was removed (same direction and type as when it was added).</summary>
[IntegrationEventName("fiches.relation-retiree.v1")]
public sealed record RelationRetireeIntegrationEvent(
    Guid RelationId,
    Guid FicheId,
    Guid FicheLieeId,
    string Type) : IntegrationEvent
{
    public override string AggregateKey => $"fiche:{FicheId}";
}
