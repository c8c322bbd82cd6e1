using SocialErp.SharedKernel.Messaging;

namespace SocialErp.SharedKernel.Audit;

/// <summary>
/// Emitted by the platform, in the same transaction, for every save that inserts, updates or deletes audited
/// entities of a module: one event per save, listing each entity changed. The Journal module keeps one line of the
/// journal des mutations per entity. One message per save rather than per entity: a posting with its lines, or a
/// fiche with its addresses, costs the outbox, the relay and the Journal's inbox one message, not one per row.
/// </summary>
[IntegrationEventName("plateforme.mutations-enregistrees.v1")]
public sealed record MutationsEnregistreesIntegrationEvent(
    string Module,
    Guid? UtilisateurId,
    string? UtilisateurEmail,
    DateTime Instant,
    IReadOnlyList<MutationEntite> Mutations) : IntegrationEvent
{
    /// <summary>The first entity saved: the saves of one aggregate are delivered in order.</summary>
    public override string AggregateKey =>
        Mutations.Count == 0 ? Module : $"{Module}:{Mutations[0].Entite}:{Mutations[0].EntiteId}";
}
