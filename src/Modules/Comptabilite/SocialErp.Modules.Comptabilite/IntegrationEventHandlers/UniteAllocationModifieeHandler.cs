using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.IntegrationEventHandlers;

/// <summary>
/// Keeps the local projection of a dossier's allocation unit: the event carries the complete membership history,
/// so a newer version replaces what is held and an older or repeated one changes nothing. The periods are kept as
/// received; the membership the ledger reads maps merged fiches to their survivor (<see cref="ProjectionMembresUa"/>).
/// </summary>
internal sealed class UniteAllocationModifieeHandler(ComptabiliteDbContext db, TimeProvider timeProvider)
    : IIntegrationEventHandler<UniteAllocationModifieeIntegrationEvent>
{
    public async Task HandleAsync(UniteAllocationModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var projetee = await db.UnitesAllocation.FirstOrDefaultAsync(u => u.DossierId == integrationEvent.DossierId, cancellationToken);
        if (projetee is null)
        {
            db.UnitesAllocation.Add(UniteAllocationProjetee.De(integrationEvent.DossierId, integrationEvent.Version, maintenant));
        }
        else if (projetee.AccepteVersion(integrationEvent.Version))
        {
            projetee.Remplacer(integrationEvent.Version, maintenant);
        }
        else
        {
            return;
        }

        db.PeriodesUaRecues.RemoveRange(await db.PeriodesUaRecues.Where(p => p.DossierId == integrationEvent.DossierId).ToListAsync(cancellationToken));
        db.PeriodesUaRecues.AddRange(integrationEvent.Periodes.Select(p =>
            PeriodeUniteAllocationRecue.De(integrationEvent.DossierId, p.FicheId, p.Role, p.Du, p.Au)));
        await ProjectionMembresUa.RemplacerAsync(db, integrationEvent.DossierId, integrationEvent.Periodes, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
