using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.Contracts.IntegrationEvents;

/// <summary>An archived fiche was reactivated: searchable and usable in dossiers again.</summary>
[IntegrationEventName("fiches.fiche-reactivee.v1")]
public sealed record FicheReactiveeIntegrationEvent(Guid FicheId) : IntegrationEvent
{
    public override string AggregateKey => $"fiche:{FicheId}";
}
