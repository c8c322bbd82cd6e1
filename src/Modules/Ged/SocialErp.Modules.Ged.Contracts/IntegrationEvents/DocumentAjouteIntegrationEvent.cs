using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Ged.Contracts.IntegrationEvents;

/// <summary>A document (or a new version of one) was stored on its targets.</summary>
[IntegrationEventName("ged.document-ajoute.v1")]
public sealed record DocumentAjouteIntegrationEvent(
    Guid DocumentId,
    int NumeroVersion,
    string Titre,
    string Type,
    string Direction,
    IReadOnlyList<CibleDocument> Cibles,
    Guid? AuteurId) : IntegrationEvent
{
    public override string AggregateKey => $"document:{DocumentId}";
}
