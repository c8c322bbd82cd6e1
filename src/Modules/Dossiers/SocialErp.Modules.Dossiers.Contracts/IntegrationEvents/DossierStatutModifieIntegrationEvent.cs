using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// A dossier changed status (<see cref="StatutsDossier"/>): closing, archiving, reactivation, or the effect of a
/// recorded event (Abandon → abandonne). <c>Date</c> is the business date of the change, which may be in the past.
/// </summary>
[IntegrationEventName("dossiers.dossier-statut-modifie.v1")]
public sealed record DossierStatutModifieIntegrationEvent(
    Guid DossierId,
    string AncienStatut,
    string NouveauStatut,
    DateOnly Date,
    string? Motif) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
