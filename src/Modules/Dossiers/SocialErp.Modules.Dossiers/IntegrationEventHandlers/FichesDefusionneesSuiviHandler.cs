using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.IntegrationEventHandlers;

/// <summary>
/// Undoes in the follow-up records what <see cref="FichesFusionneesSuiviHandler"/> did for the merge, as far as it is
/// still as the merge left it: contacts still on the kept fiche move back, a dropped duplicate comes back while the
/// kept fiche's contact is still there, fundings split back (and republished), placements and catalogue conventions still on the kept
/// fiche move back. The memory
/// of the merge is handed back once: a redelivery changes nothing.
/// </summary>
internal sealed class FichesDefusionneesSuiviHandler(DossiersDbContext db, TimeProvider timeProvider)
    : IIntegrationEventHandler<FichesDefusionneesIntegrationEvent>
{
    public async Task HandleAsync(FichesDefusionneesIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var absorbee = integrationEvent.AbsorbeeId;
        var conservee = integrationEvent.ConserveeId;
        var maintenant = timeProvider.Maintenant();
        var fusion = await MemoireFusions.ObtenirAsync(db, integrationEvent.FusionId, conservee, absorbee, maintenant, cancellationToken);
        var reprise = fusion.RendreSuivi(maintenant);

        var contactsVises = reprise.ContactsDeplaces.Concat(reprise.ContactsRetires.SelectMany(r => new[] { r.Id, r.DoublonId })).ToList();
        var contacts = await db.Contacts.Where(c => contactsVises.Contains(c.Id)).ToListAsync(cancellationToken);
        foreach (var contact in contacts.Where(c => c.FicheId == conservee && reprise.ContactsDeplaces.Contains(c.Id)))
        {
            contact.Repointer(absorbee);
        }

        foreach (var retire in reprise.ContactsRetires.Where(r => contacts.All(c => c.Id != r.Id) && contacts.Any(c => c.Id == r.DoublonId && c.FicheId == conservee)))
        {
            db.Contacts.Add(ContactDossier.Restaurer(retire, absorbee));
        }

        var reprisesFinancements = reprise.Financements.ToDictionary(f => f.FinancementId);
        var financementsVises = reprisesFinancements.Keys.ToList();
        foreach (var financement in await db.Financements.Include(f => f.CoFinanceurs).Where(f => financementsVises.Contains(f.Id)).ToListAsync(cancellationToken))
        {
            if (financement.RestaurerFiche(reprisesFinancements[financement.Id], absorbee, conservee, maintenant))
            {
                db.Publish(EvenementsIntegration.Financement(financement));
            }
        }

        var placementsVises = reprise.Placements;
        foreach (var placement in await db.Placements.Where(p => placementsVises.Contains(p.Id) && p.FicheId == conservee).ToListAsync(cancellationToken))
        {
            placement.Repointer(absorbee);
        }

        var conventionsVisees = reprise.Conventions ?? [];
        foreach (var convention in await db.ConventionsFinancement.Where(c => conventionsVisees.Contains(c.Id) && c.FinanceurId == conservee).ToListAsync(cancellationToken))
        {
            convention.RepointerFinanceur(absorbee, maintenant);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
