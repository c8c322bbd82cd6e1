using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Statistiques.IntegrationEventHandlers;

/// <summary>
/// Feeds the read model with the events of persons and dossiers (<see cref="EnregistrementLecture"/>), one save per
/// event: their projections change rows a later event of the same batch reads. One non-generic class so the inbox
/// records a short, stable handler name. Entries and payments go through <see cref="EcrituresLectureHandler"/>.
/// </summary>
internal sealed class ModeleLectureHandler(StatistiquesDbContext db, EnregistrementLecture enregistrement)
    : IIntegrationEventHandler<FicheCreeeIntegrationEvent>,
        IIntegrationEventHandler<FicheModifieeIntegrationEvent>,
        IIntegrationEventHandler<FicheArchiveeIntegrationEvent>,
        IIntegrationEventHandler<FicheReactiveeIntegrationEvent>,
        IIntegrationEventHandler<FichesFusionneesIntegrationEvent>,
        IIntegrationEventHandler<FichesDefusionneesIntegrationEvent>,
        IIntegrationEventHandler<DossierOuvertIntegrationEvent>,
        IIntegrationEventHandler<DossierModifieIntegrationEvent>,
        IIntegrationEventHandler<DossierStatutModifieIntegrationEvent>,
        IIntegrationEventHandler<DossierTransfereIntegrationEvent>,
        IIntegrationEventHandler<UniteAllocationModifieeIntegrationEvent>,
        IIntegrationEventHandler<EvenementDossierEnregistreIntegrationEvent>,
        IIntegrationEventHandler<SeanceModifieeIntegrationEvent>,
        IIntegrationEventHandler<FinancementDossierModifieIntegrationEvent>,
        IIntegrationEventHandler<ChampsPersonnalisesModifiesIntegrationEvent>
{
    public Task HandleAsync(FicheCreeeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(FicheModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(FicheArchiveeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(FicheReactiveeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(FichesDefusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(DossierOuvertIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(DossierModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(DossierStatutModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(DossierTransfereIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(UniteAllocationModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(EvenementDossierEnregistreIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(SeanceModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(FinancementDossierModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    public Task HandleAsync(ChampsPersonnalisesModifiesIntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnregistrerAsync(integrationEvent, cancellationToken);

    private async Task EnregistrerAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await enregistrement.EnregistrerAsync(integrationEvent, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
