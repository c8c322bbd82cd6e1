using SocialErp.BuildingBlocks.Messaging;
using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Statistiques.IntegrationEventHandlers;

/// <summary>
/// What the live handlers do with an event, unsaved: append it to the module's own log (once: the event id is unique
/// there), then project it. A redelivered message finds its id in the log and changes nothing.
/// </summary>
internal sealed class EnregistrementLecture(
    StatistiquesDbContext db, ProjectionLecture projection, IntegrationEventRegistry registry, TimeProvider timeProvider)
{
    public async Task EnregistrerAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var dejaVu = await projection.DejaVuAsync(integrationEvent, cancellationToken);
        if (dejaVu.Journalise)
        {
            return;
        }

        db.EvenementsSource.Add(new EvenementSource
        {
            EventId = integrationEvent.EventId,
            Type = registry.NameOf(integrationEvent.GetType()),
            OccurredAt = integrationEvent.OccurredAt,
            RecuLe = timeProvider.GetUtcNow().UtcDateTime,
            Payload = IntegrationEventSerializer.Serialize(integrationEvent),
        });
        await projection.AppliquerAsync(integrationEvent, cancellationToken, dejaVu);
    }
}
