using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// The allocation unit (UA) of a dossier changed. The payload is the <b>complete</b> membership history after the
/// change, so a consumer replaces its projection of the dossier when <c>Version</c> is greater than the one it
/// holds (idempotent, and safe if an older message is delivered late).
/// </summary>
[IntegrationEventName("dossiers.unite-allocation-modifiee.v1")]
public sealed record UniteAllocationModifieeIntegrationEvent(
    Guid DossierId,
    long Version,
    IReadOnlyList<PeriodeUniteAllocation> Periodes) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
