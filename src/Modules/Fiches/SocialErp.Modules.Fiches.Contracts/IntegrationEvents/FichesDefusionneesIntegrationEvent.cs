using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.Contracts.IntegrationEvents;

/// <summary>
/// The merge <c>FusionId</c> (announced by <see cref="FichesFusionneesIntegrationEvent"/>) was undone:
/// <c>AbsorbeeId</c> is an active fiche again and <c>ConserveeId</c> has its own identity values back
/// (<c>ChampsRestaures</c>). Modules that re-pointed references from the absorbed fiche to the kept one move back
/// those they moved for that merge; what was created on the kept fiche after the merge stays on it.
/// </summary>
[IntegrationEventName("fiches.fiches-defusionnees.v1")]
public sealed record FichesDefusionneesIntegrationEvent(
    Guid FusionId,
    Guid ConserveeId,
    Guid AbsorbeeId,
    IReadOnlyList<string> ChampsRestaures) : IntegrationEvent
{
    public override string AggregateKey => $"fiche:{ConserveeId}";
}
