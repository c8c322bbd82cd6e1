using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.Contracts.IntegrationEvents;

/// <summary>
/// The fiche <c>AbsorbeeId</c> was merged into <c>ConserveeId</c>: every module re-points its references to the
/// kept fiche. <c>ChampsRepris</c> lists the identity fields whose value came from the absorbed fiche.
/// <c>FusionId</c> (absent from events published before it existed) identifies the merge: a module that may have
/// to re-point back after <see cref="FichesDefusionneesIntegrationEvent"/> keeps what it moved under that id.
/// </summary>
[IntegrationEventName("fiches.fiches-fusionnees.v1")]
public sealed record FichesFusionneesIntegrationEvent(
    Guid ConserveeId,
    Guid AbsorbeeId,
    IReadOnlyList<string> ChampsRepris) : IntegrationEvent
{
    public Guid? FusionId { get; init; }

    public override string AggregateKey => $"fiche:{ConserveeId}";
}
