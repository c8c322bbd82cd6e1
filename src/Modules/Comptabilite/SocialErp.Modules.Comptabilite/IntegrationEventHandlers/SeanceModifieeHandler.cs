using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.IntegrationEventHandlers;

/// <summary>
/// Keeps the local projection of the sessions that session billing reads. The event carries the session's complete
/// state; it has no version, so the time it was published orders it (the Statistiques rule): an older state never
/// replaces a newer one, a repeated one writes the same values.
/// </summary>
internal sealed class SeanceModifieeHandler(ComptabiliteDbContext db, TimeProvider timeProvider)
    : IIntegrationEventHandler<SeanceModifieeIntegrationEvent>
{
    public async Task HandleAsync(SeanceModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var e = integrationEvent;
        var seance = await db.SeancesProjetees.FirstOrDefaultAsync(s => s.SeanceId == e.SeanceId, cancellationToken);
        if (seance is null)
        {
            seance = SeanceProjetee.Pour(e.SeanceId);
            db.SeancesProjetees.Add(seance);
        }
        else if (!seance.AccepteEtatDu(e.OccurredAt))
        {
            return;
        }

        seance.Remplacer(e.DossierId, e.Debut, timeProvider.Jour(e.Debut), e.DureeHeures, e.Etat, e.Presence, e.OccurredAt);
        await db.SaveChangesAsync(cancellationToken);
    }
}
