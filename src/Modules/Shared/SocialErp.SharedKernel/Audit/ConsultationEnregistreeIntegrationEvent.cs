using SocialErp.SharedKernel.Messaging;

namespace SocialErp.SharedKernel.Audit;

/// <summary>
/// A sensitive read (a fiche's 360° view, a document's download…): the module publishes it through its outbox so
/// the Journal records it as a consultation entry of the journal des mutations.
/// </summary>
[IntegrationEventName("plateforme.consultation-enregistree.v1")]
public sealed record ConsultationEnregistreeIntegrationEvent(
    string Module,
    string Entite,
    string EntiteId,
    string Nature,
    Guid? UtilisateurId,
    string? UtilisateurEmail,
    DateTime Instant) : IntegrationEvent
{
    public override string AggregateKey => $"{Module}:{Entite}:{EntiteId}";
}
