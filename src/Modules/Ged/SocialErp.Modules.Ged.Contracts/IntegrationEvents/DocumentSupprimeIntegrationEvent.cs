using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Ged.Contracts.IntegrationEvents;

/// <summary>A document was deleted (soft delete, kept for the retention period), with the reason given.</summary>
[IntegrationEventName("ged.document-supprime.v1")]
public sealed record DocumentSupprimeIntegrationEvent(
    Guid DocumentId,
    string Titre,
    IReadOnlyList<CibleDocument> Cibles,
    string Motif) : IntegrationEvent
{
    public override string AggregateKey => $"document:{DocumentId}";
}
