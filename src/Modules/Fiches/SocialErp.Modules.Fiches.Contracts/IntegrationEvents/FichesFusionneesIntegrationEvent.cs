using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.Contracts.IntegrationEvents;

/// <summary>
/// The fiche <c>AbsorbeeId</c> was merged into <c>ConserveeId</c>: every module re-points its references to the
/// kept fiche. <c>ChampsRepris</c> lists the identity fields whose value came from the absorbed fiche.
/// </summary>
[IntegrationEventName("fiches.fiches-fusionnees.v1")]
public sealed record FichesFusionneesIntegrationEvent(
    Guid ConserveeId,
    Guid AbsorbeeId,
    IReadOnlyList<string> ChampsRepris) : IntegrationEvent
{
    public override string AggregateKey => $"fiche:{ConserveeId}";
}
