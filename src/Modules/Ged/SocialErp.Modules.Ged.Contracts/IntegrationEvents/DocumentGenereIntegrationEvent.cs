using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Ged.Contracts.IntegrationEvents;

/// <summary>A document was produced by mail merge from the template <c>ModeleId</c> and stored on its targets.</summary>
[IntegrationEventName("ged.document-genere.v1")]
public sealed record DocumentGenereIntegrationEvent(
    Guid DocumentId,
    Guid ModeleId,
    string Titre,
    IReadOnlyList<CibleDocument> Cibles) : IntegrationEvent
{
    public override string AggregateKey => $"document:{DocumentId}";
}
