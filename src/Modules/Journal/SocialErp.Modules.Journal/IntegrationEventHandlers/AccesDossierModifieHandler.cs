using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Journal.IntegrationEventHandlers;

/// <summary>Keeps the Journal's copy of who may see a dossier (applied only when newer than the one held).</summary>
internal sealed class AccesDossierModifieHandler(JournalDbContext db, EntreesAutomatiques entrees)
    : IIntegrationEventHandler<AccesDossierModifieIntegrationEvent>
{
    public async Task HandleAsync(AccesDossierModifieIntegrationEvent evt, CancellationToken cancellationToken)
    {
        var dossier = await entrees.DossierAsync(evt.DossierId, cancellationToken);
        dossier.AccesModifies(evt.Version, evt.ServiceId, evt.ServicesPartages, evt.UtilisateursAutorises);
        await db.SaveChangesAsync(cancellationToken);
    }
}
