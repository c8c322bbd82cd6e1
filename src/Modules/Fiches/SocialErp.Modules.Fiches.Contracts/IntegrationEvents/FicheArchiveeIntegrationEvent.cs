using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.Contracts.IntegrationEvents;

/// <summary>A fiche was archived: hidden from default searches, no longer to be added to new dossiers.</summary>
[IntegrationEventName("fiches.fiche-archivee.v1")]
public sealed record FicheArchiveeIntegrationEvent(Guid FicheId, DateTime ArchiveeLe) : IntegrationEvent
{
    public override string AggregateKey => $"fiche:{FicheId}";
}
