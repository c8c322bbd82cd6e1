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
/// document of its message and generates nothing; an unknown template code is logged and skipped; a dossier that cannot
/// be read fails the delivery (retried, then parked).
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
            // Retried, then parked (visible to administrators, replayable): an attestation is never silently dropped.
            throw new InvalidOperationException(
                $"Attestation {modele.Code}: dossier {integrationEvent.DossierId} could not be read through IDossiersLecture.");
        }

        var documents = await generateur.GenererAsync(modele, destinataires.Value, accepterManquants: true, integrationEvent.EventId, cancellationToken);
        if (!documents.IsSuccess)
        {
            throw new InvalidOperationException($"Attestation {modele.Code} for dossier {integrationEvent.DossierId}: {documents.Error!.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No template {Code}: the attestation of dossier {DossierId} was not generated")]
    private partial void ModeleInconnu(string code, Guid dossierId);
}
