using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.IntegrationEventHandlers;

/// <summary>
/// Replaces a dossier's rows of the visibility projection with the complete state the event carries, only when its
/// version is newer than the one applied (at-least-once and out-of-order delivery leave the newest state).
/// </summary>
internal sealed class AccesDossierModifieHandler(FichesDbContext db) : IIntegrationEventHandler<AccesDossierModifieIntegrationEvent>
{
    public async Task HandleAsync(AccesDossierModifieIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var dossierId = integrationEvent.DossierId;
        var applique = await db.AccesDossiers.FindAsync([dossierId], cancellationToken);
        if (applique is not null && applique.Version >= integrationEvent.Version)
        {
            return;
        }

        if (applique is null)
        {
            db.AccesDossiers.Add(new AccesDossier(dossierId, integrationEvent.Version));
        }
        else
        {
            applique.Passer(integrationEvent.Version);
        }

        db.AccesFiches.RemoveRange(await db.AccesFiches.Where(a => a.DossierId == dossierId).ToListAsync(cancellationToken));
        var demandees = integrationEvent.FicheIds.Distinct().ToList();
        var fiches = await db.Fiches.Where(f => demandees.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
        // Under the referents-only policy the dossier's service is not a holder: its members see the fiches only as
        // referents, managers or through a share.
        var serviceAyantDroit = integrationEvent.ServiceVoitLeDossier == false ? null : integrationEvent.ServiceId;
        var ayantsDroit = new[] { serviceAyantDroit }.OfType<Guid>()
            .Concat(integrationEvent.ServicesPartages)
            .Concat(integrationEvent.UtilisateursAutorises)
            .Distinct()
            .ToList();
        // Events published before Referents existed name no referent: their managers see the fiches from the next one.
        var referents = (integrationEvent.Referents ?? []).ToHashSet();
        db.AccesFiches.AddRange(fiches.SelectMany(ficheId =>
            ayantsDroit.Select(ayantDroit => new AccesFiche(ficheId, ayantDroit, dossierId, referents.Contains(ayantDroit)))));
        await db.SaveChangesAsync(cancellationToken);
    }
}
