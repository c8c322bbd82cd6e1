using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.Modules.Ged.Publipostage;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Ged.IntegrationEventHandlers;

/// <summary>
/// Generates the attestation a dossier event's type asks for (<c>AttestationModele</c>, a template code) and stores it on
/// the dossier. Missing fields do not stop it: they are shown in the document and kept on it. A redelivery finds the
/// document of its message and generates nothing; an unknown template code is logged and skipped.
/// </summary>
internal sealed partial class EvenementDossierEnregistreHandler(
    GedDbContext db, SourcesFusion sources, GenerateurDocuments generateur, ILogger<EvenementDossierEnregistreHandler> logger)
    : IIntegrationEventHandler<EvenementDossierEnregistreIntegrationEvent>
{
    public async Task HandleAsync(EvenementDossierEnregistreIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.AttestationModele is null
            || await db.Documents.AnyAsync(d => d.SourceMessageId == integrationEvent.EventId, cancellationToken))
        {
            return;
        }

        var modele = await db.Modeles.AsNoTracking().FirstOrDefaultAsync(m => m.Code == integrationEvent.AttestationModele, cancellationToken);
        if (modele is null)
        {
            ModeleInconnu(integrationEvent.AttestationModele, integrationEvent.DossierId);
            return;
        }

        var evenement = new EvenementAttestation(
            integrationEvent.TypeLibelle, integrationEvent.Date, integrationEvent.Motif, integrationEvent.Commentaire);
        var destinataires = await sources.PourDossierAsync(integrationEvent.DossierId, evenement, cancellationToken);
        if (!destinataires.IsSuccess)
        {
            DossierIllisible(integrationEvent.DossierId, modele.Code);
            return;
        }

        var documents = await generateur.GenererAsync(modele, destinataires.Value, accepterManquants: true, integrationEvent.EventId, cancellationToken);
        if (!documents.IsSuccess)
        {
            throw new InvalidOperationException($"Attestation {modele.Code} for dossier {integrationEvent.DossierId}: {documents.Error!.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No template {Code}: the attestation of dossier {DossierId} was not generated")]
    private partial void ModeleInconnu(string code, Guid dossierId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dossier {DossierId} could not be read: attestation {Code} not generated")]
    private partial void DossierIllisible(Guid dossierId, string code);
}
