using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.CarnetAdresses;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Fiches.Queries;

/// <summary>
/// Contact data for notifications. The e-mail address and mobile number are the ones the address book reaches a fiche
/// by (<see cref="CanauxCarnet"/>); the fiches the current user sees (the Fiches visibility rule), every one for the system.
/// </summary>
internal sealed class FichesContacts(FichesDbContext db, LecteurFiches user, TimeProvider timeProvider) : IFichesContacts
{
    public async Task<IReadOnlyList<ContactsFiche>> TrouverAsync(IReadOnlyCollection<Guid> ficheIds, CancellationToken cancellationToken)
    {
        if (ficheIds.Count == 0)
        {
            return [];
        }

        var query = db.Fiches.AsNoTracking().Include(f => f.Contacts).Include(f => f.Preferences).Where(f => ficheIds.Contains(f.Id));
        if (user.IsAuthenticated)
        {
            await user.ChargerAsync(cancellationToken);
            query = query.VisiblesPar(user);
        }

        var fiches = await query.AsSplitQuery().ToListAsync(cancellationToken);
        var aujourdhui = timeProvider.Aujourdhui();
        var responsables = (await db.Relations.AsNoTracking()
                .Where(r => ficheIds.Contains(r.FicheId) && r.Type == TypeRelation.Responsable)
                .ToListAsync(cancellationToken))
            .Where(r => r.EstActive(aujourdhui) && (r.Du is null || r.Du <= aujourdhui))
            .GroupBy(r => r.FicheId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Du).ThenByDescending(r => r.CreeLe).First().FicheLieeId);
        return fiches.Select(f => new ContactsFiche(
                f.Id,
                f.Type.ToString().ToLowerInvariant(),
                f.Prenom is null ? f.Nom : $"{f.Prenom} {f.Nom}",
                f.Langue,
                CanauxCarnet.AdresseEmail(f),
                CanauxCarnet.NumeroMobile(f),
                f.Preferences.ToDictionary(p => p.TypeMessage.ToString().ToLowerInvariant(), p => p.Canal.ToString().ToLowerInvariant()),
                responsables.TryGetValue(f.Id, out var responsable) ? responsable : null,
                f.Archivee))
            .ToList();
    }
}
