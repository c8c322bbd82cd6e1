using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.IntegrationEventHandlers;

/// <summary>
/// Re-points what dossiers hold of the absorbed fiche beside their members: contacts (dropping one that would
/// duplicate the kept fiche in the same role), funders (the kept fiche takes over the absorbed one's part) and
/// placements. A redelivery finds nothing left to move and changes nothing.
/// </summary>
internal sealed class FichesFusionneesSuiviHandler(DossiersDbContext db, TimeProvider timeProvider)
    : IIntegrationEventHandler<FichesFusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var absorbee = integrationEvent.AbsorbeeId;
        var conservee = integrationEvent.ConserveeId;

        var contacts = await db.Contacts.Where(c => c.FicheId == absorbee || c.FicheId == conservee).ToListAsync(cancellationToken);
        foreach (var contact in contacts.Where(c => c.FicheId == absorbee))
        {
            if (contacts.Any(c => c.DossierId == contact.DossierId && c.Role == contact.Role && c.FicheId == conservee))
            {
                db.Contacts.Remove(contact);
            }
            else
            {
                contact.Repointer(conservee);
            }
        }

        var maintenant = timeProvider.Maintenant();
        var financements = await db.Financements.Include(f => f.CoFinanceurs)
            .Where(f => f.FinanceurPrincipalId == absorbee || f.CoFinanceurs.Any(c => c.FicheId == absorbee))
            .ToListAsync(cancellationToken);
        foreach (var financement in financements)
        {
            financement.RepointerFiche(absorbee, conservee, maintenant);
        }

        foreach (var placement in await db.Placements.Where(p => p.FicheId == absorbee).ToListAsync(cancellationToken))
        {
            placement.Repointer(conservee);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
