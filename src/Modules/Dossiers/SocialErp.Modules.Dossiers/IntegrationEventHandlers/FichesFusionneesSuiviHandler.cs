using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.IntegrationEventHandlers;

/// <summary>
/// Re-points what dossiers hold of the absorbed fiche beside their members: contacts (dropping one that would
/// duplicate the kept fiche in the same role), funders (the kept fiche takes over the absorbed one's part; the funding is republished) and
/// placements, and the catalogue conventions of the absorbed funder. When the merge has an id, what moved or was dropped is remembered under it for
/// <see cref="FichesDefusionneesSuiviHandler"/>. A redelivery finds nothing left to move and changes nothing; after
/// the un-merge, it is ignored.
/// </summary>
internal sealed class FichesFusionneesSuiviHandler(DossiersDbContext db, TimeProvider timeProvider)
    : IIntegrationEventHandler<FichesFusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesFusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var absorbee = integrationEvent.AbsorbeeId;
        var conservee = integrationEvent.ConserveeId;
        var maintenant = timeProvider.Maintenant();
        var fusion = integrationEvent.FusionId is { } fusionId
            ? await MemoireFusions.ObtenirAsync(db, fusionId, conservee, absorbee, maintenant, cancellationToken)
            : null;
        if (fusion is { EstAnnulee: true })
        {
            return;
        }

        var deplaces = new List<Guid>();
        var retires = new List<ContactRetire>();
        var contacts = await db.Contacts.Where(c => c.FicheId == absorbee || c.FicheId == conservee).ToListAsync(cancellationToken);
        foreach (var contact in contacts.Where(c => c.FicheId == absorbee))
        {
            var doublon = contacts.FirstOrDefault(c => c.DossierId == contact.DossierId && c.Role == contact.Role && c.FicheId == conservee);
            if (doublon is not null)
            {
                db.Contacts.Remove(contact);
                retires.Add(contact.Retirer(doublon.Id));
            }
            else
            {
                contact.Repointer(conservee);
                deplaces.Add(contact.Id);
            }
        }

        var financements = await db.Financements.Include(f => f.CoFinanceurs)
            .Where(f => f.FinanceurPrincipalId == absorbee || f.CoFinanceurs.Any(c => c.FicheId == absorbee))
            .ToListAsync(cancellationToken);
        var reprisesFinancements = new List<RepriseFinancement>();
        foreach (var financement in financements)
        {
            if (financement.RepointerFiche(absorbee, conservee, maintenant) is { } repris)
            {
                reprisesFinancements.Add(repris);
                db.Publish(EvenementsIntegration.Financement(financement));
            }
        }

        var placements = await db.Placements.Where(p => p.FicheId == absorbee).ToListAsync(cancellationToken);
        foreach (var placement in placements)
        {
            placement.Repointer(conservee);
        }

        var conventions = await db.ConventionsFinancement.Where(c => c.FinanceurId == absorbee).ToListAsync(cancellationToken);
        foreach (var convention in conventions)
        {
            convention.RepointerFinanceur(conservee, maintenant);
        }

        fusion?.RetenirSuivi(new RepriseSuivi(
            deplaces, retires, reprisesFinancements, placements.Select(p => p.Id).ToList(), conventions.Select(c => c.Id).ToList()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
