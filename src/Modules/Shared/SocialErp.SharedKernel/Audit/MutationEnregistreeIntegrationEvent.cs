using SocialErp.SharedKernel.Messaging;

namespace SocialErp.SharedKernel.Audit;

/// <summary>
/// Emitted by the platform, in the same transaction, for every insert, update or delete of an audited entity
/// of any module. The Journal module keeps them as the journal des mutations.
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
