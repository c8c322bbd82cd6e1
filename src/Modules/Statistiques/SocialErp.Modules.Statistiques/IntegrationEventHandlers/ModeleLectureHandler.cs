using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Statistiques.IntegrationEventHandlers;

/// <summary>
/// Feeds the read model with every event it consumes: appends the event to the module's own log (once: the event id
/// is unique there), then projects it, in one save. A redelivered message finds its id in the log and changes
/// nothing. One non-generic class so the inbox records a short, stable handler name.
/// </summary>
internal sealed class ModeleLectureHandler(
    StatistiquesDbContext db, ProjectionLecture projection, IntegrationEventRegistry registry, TimeProvider timeProvider)
    : IIntegrationEventHandler<FicheCreeeIntegrationEvent>,
        IIntegrationEventHandler<FicheModifieeIntegrationEvent>,
        IIntegrationEventHandler<FicheArchiveeIntegrationEvent>,
        IIntegrationEventHandler<FicheReactiveeIntegrationEvent>,
        IIntegrationEventHandler<FichesFusionneesIntegrationEvent>,
        IIntegrationEventHandler<DossierOuvertIntegrationEvent>,
        IIntegrationEventHandler<DossierModifieIntegrationEvent>,
        IIntegrationEventHandler<DossierStatutModifieIntegrationEvent>,
        IIntegrationEventHandler<DossierTransfereIntegrationEvent>,
        IIntegrationEventHandler<UniteAllocationModifieeIntegrationEvent>,
        IIntegrationEventHandler<EvenementDossierEnregistreIntegrationEvent>,
        IIntegrationEventHandler<SeanceModifieeIntegrationEvent>,
        IIntegrationEventHandler<EcriturePasseeIntegrationEvent>,
        IIntegrationEventHandler<PaiementComptabiliseIntegrationEvent>
{
    public Task HandleAsync(FicheCreeeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(FicheModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(FicheArchiveeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(FicheReactiveeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(DossierOuvertIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(DossierModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(DossierStatutModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(DossierTransfereIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(UniteAllocationModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(EvenementDossierEnregistreIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(SeanceModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(EcriturePasseeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(PaiementComptabiliseIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    private async Task EnregistrerAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
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
        await db.SaveChangesAsync(cancellationToken);
    }
}
