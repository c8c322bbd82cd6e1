using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.IntegrationEventHandlers;

/// <summary>
/// Records that the absorbed fiche's ledger now belongs to the kept fiche, without touching a single line: reads of
/// the kept fiche include the absorbed one's lines through the re-pointing record. Earlier merges into the absorbed
/// fiche are moved onto the survivor (flat records), and the unit projection follows the survivor. A redelivery finds
/// its record and does nothing.
/// </summary>
internal sealed class FichesFusionneesHandler(ComptabiliteDbContext db, TimeProvider timeProvider)
    : IIntegrationEventHandler<FichesFusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.AbsorbeeId == integrationEvent.ConserveeId
            || await db.Repointages.AnyAsync(r => r.AbsorbeeId == integrationEvent.AbsorbeeId, cancellationToken))
        {
            return;
        }

        foreach (var anterieur in await db.Repointages.Where(r => r.ConserveeId == integrationEvent.AbsorbeeId).ToListAsync(cancellationToken))
        {
            anterieur.RepointerVers(integrationEvent.ConserveeId);
        }

        await RepointerMembresAsync(integrationEvent.AbsorbeeId, integrationEvent.ConserveeId, cancellationToken);

        db.Repointages.Add(Repointage.Enregistrer(
            integrationEvent.AbsorbeeId, integrationEvent.ConserveeId, timeProvider.GetUtcNow().UtcDateTime, integrationEvent.EventId));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Both fiches may have been members of one unit: their periods are joined under the survivor.</summary>
    private async Task RepointerMembresAsync(Guid absorbee, Guid conservee, CancellationToken cancellationToken)
    {
        var dossiers = await db.MembresUa.Where(m => m.FicheId == absorbee).Select(m => m.DossierId).Distinct().ToListAsync(cancellationToken);
        foreach (var dossier in dossiers)
        {
            var membres = await db.MembresUa
                .Where(m => m.DossierId == dossier && (m.FicheId == absorbee || m.FicheId == conservee))
                .ToListAsync(cancellationToken);
            db.MembresUa.RemoveRange(membres);
            var periodes = membres.Select(m => new PeriodeUniteAllocation(conservee, m.Role, m.Du, m.Au));
            foreach (var periode in UniteAllocationModifieeHandler.Fusionner(periodes))
            {
                db.MembresUa.Add(MembreUniteAllocation.Periode(dossier, conservee, periode.Role, periode.Du, periode.Au));
            }
        }
    }
}
