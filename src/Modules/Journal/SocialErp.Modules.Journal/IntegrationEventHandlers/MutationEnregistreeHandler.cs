using System.Text.Json;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Records every module's audit events in the journal des mutations.</summary>
internal sealed class MutationEnregistreeHandler(RegistreMutations registre) : IIntegrationEventHandler<MutationEnregistreeIntegrationEvent>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task HandleAsync(MutationEnregistreeIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        registre.AjouterAsync(
            integrationEvent.EventId,
            precedent => Mutation.Depuis(integrationEvent, JsonSerializer.Serialize(integrationEvent.Changements, Json), precedent),
            cancellationToken);
}
