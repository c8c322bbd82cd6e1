using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Records sensitive reads (a fiche's 360° view, a document download) in the journal des mutations.</summary>
[AppendsOnly]
internal sealed class ConsultationEnregistreeHandler(RegistreMutations registre)
    : IIntegrationEventHandler<ConsultationEnregistreeIntegrationEvent>
{
    public Task HandleAsync(ConsultationEnregistreeIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        registre.AjouterAsync(precedent => Mutation.Consultation(integrationEvent, precedent), cancellationToken);
}
