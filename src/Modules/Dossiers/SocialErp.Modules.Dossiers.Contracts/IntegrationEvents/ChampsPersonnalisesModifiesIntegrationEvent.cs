using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// A dossier's custom field values were replaced. The payload is the <b>complete</b> set (a field no longer listed has
/// no value any more), each value as invariant text with its field's type (texte | nombre | date | booleen | liste).
/// A consumer replaces what it holds when <c>Version</c> is greater.
/// </summary>
[IntegrationEventName("dossiers.champs-personnalises-modifies.v1")]
public sealed record ChampsPersonnalisesModifiesIntegrationEvent(
    Guid DossierId,
    long Version,
    IReadOnlyList<ValeurChampDossier> Valeurs) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
