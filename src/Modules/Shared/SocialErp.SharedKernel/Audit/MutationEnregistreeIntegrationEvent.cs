using SocialErp.SharedKernel.Messaging;

namespace SocialErp.SharedKernel.Audit;

/// <summary>
/// One audited entity's insert, update or delete, as the platform emitted it before it grouped a save's changes
/// into <see cref="MutationsEnregistreesIntegrationEvent"/>. No longer published; still understood, so that messages
/// written by an earlier version and not yet delivered when it is upgraded still reach the journal des mutations.
/// </summary>
[IntegrationEventName("plateforme.mutation-enregistree.v1")]
public sealed record MutationEnregistreeIntegrationEvent(
    string Module,
    string Entite,
    string EntiteId,
    OperationMutation Operation,
    Guid? UtilisateurId,
    string? UtilisateurEmail,
    DateTime Instant,
    IReadOnlyList<ChangementChamp> Changements) : IntegrationEvent
{
    public override string AggregateKey => $"{Module}:{Entite}:{EntiteId}";
}
