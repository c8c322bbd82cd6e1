using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Statistiques.IntegrationEventHandlers;

/// <summary>
/// Feeds the read model with Comptabilité's entries and payments, the events that come by the thousand. Their
/// projection adds rows keyed by the entry or payment and finds one already added in the batch through the change
/// tracker (the payment's dossier too): the inbox saves them with the next handler's rows, a run of postings in one
/// save instead of one each.
/// </summary>
[AppendsOnly]
internal sealed class EcrituresLectureHandler(EnregistrementLecture enregistrement)
    : IIntegrationEventHandler<EcriturePasseeIntegrationEvent>,
        IIntegrationEventHandler<PaiementComptabiliseIntegrationEvent>
{
    public Task HandleAsync(EcriturePasseeIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        enregistrement.EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(PaiementComptabiliseIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        enregistrement.EnregistrerAsync(integrationEvent, cancellationToken);
}
