using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// A dossier was transferred to another service and/or worker: its fiches, journal, documents and access follow
/// it. <c>NouveauReferentId</c> is the user id of the new main referent, when one was named.
/// </summary>
[IntegrationEventName("dossiers.dossier-transfere.v1")]
public sealed record DossierTransfereIntegrationEvent(
    Guid DossierId,
    Guid? AncienServiceId,
    Guid? NouveauServiceId,
    Guid? AncienReferentId,
    Guid? NouveauReferentId,
    DateOnly Date,
    string? Message) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
