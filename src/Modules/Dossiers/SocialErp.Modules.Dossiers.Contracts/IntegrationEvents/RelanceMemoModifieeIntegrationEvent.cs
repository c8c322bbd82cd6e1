using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// The follow-up planned on a memo as it now stands: the Journal keeps one due date per memo and brings it to this
/// state (creates, reschedules, reassigns, or cancels it when <c>Relance</c> is null), so a repeat changes nothing.
/// The memo's text never travels: the due date's action is the neutral <c>Relance.Action</c>. <c>Privee</c>: the memo
/// is private, so only its responsible (the memo's author) may see the due date.
/// </summary>
[IntegrationEventName("dossiers.relance-memo-modifiee.v1")]
public sealed record RelanceMemoModifieeIntegrationEvent(Guid DossierId, Guid MemoId, EcheanceDemandee? Relance, bool Privee) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
