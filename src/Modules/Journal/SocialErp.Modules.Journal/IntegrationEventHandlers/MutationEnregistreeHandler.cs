using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Records every module's audit events in the journal des mutations.</summary>
internal sealed class MutationEnregistreeHandler(JournalDbContext db) : IIntegrationEventHandler<MutationEnregistreeIntegrationEvent>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(MutationEnregistreeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.Mutations.AnyAsync(m => m.MessageId == integrationEvent.EventId, cancellationToken))
        {
            return;
        }

        db.Mutations.Add(Mutation.Depuis(integrationEvent, JsonSerializer.Serialize(integrationEvent.Changements, Json)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
