using System.Text.Json;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Records every module's audit events in the journal des mutations: one chained line per entity saved.</summary>
[AppendsOnly]
internal sealed class MutationsEnregistreesHandler(RegistreMutations registre) : IIntegrationEventHandler<MutationsEnregistreesIntegrationEvent>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(MutationsEnregistreesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        foreach (var entite in integrationEvent.Mutations)
        {
            var changements = JsonSerializer.Serialize(entite.Changements, Json);
            await registre.AjouterAsync(precedent => Mutation.Depuis(integrationEvent, entite, changements, precedent), cancellationToken);
        }
    }
}
