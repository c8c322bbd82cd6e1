using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;

namespace SocialErp.Modules.Fiches.Queries;

internal sealed class FichesLecture(FichesDbContext db, LecteurFiches user) : IFichesLecture
{
    public async Task<IReadOnlyList<FicheApercu>> TrouverAsync(
        IReadOnlyCollection<Guid> ficheIds, DateOnly date, CancellationToken cancellationToken)
    {
        if (ficheIds.Count == 0)
        {
            return [];
        }

        var query = db.Fiches.AsNoTracking().Include(f => f.Adresses).Where(f => ficheIds.Contains(f.Id));
        if (user.IsAuthenticated)
        {
            await user.ChargerAsync(cancellationToken);
            query = query.VisiblesPar(user);
        }

        var fiches = await query.AsSplitQuery().ToListAsync(cancellationToken);
        return fiches.Select(f => Apercu(f, date)).ToList();
    }

    private static FicheApercu Apercu(Fiche fiche, DateOnly date)
    {
        var valides = fiche.Adresses.Where(a => a.EstValideLe(date)).ToList();
        var adresse = valides.FirstOrDefault(a => a.Type == TypeAdresse.Postale) ?? valides.FirstOrDefault(a => a.Type == TypeAdresse.Domicile);
        return new FicheApercu(
            fiche.Id,
            fiche.Type.ToString().ToLowerInvariant(),
            fiche.Nom,
            fiche.Prenom,
            fiche.DateNaissance,
            fiche.Sexe is null or Sexe.Inconnu ? null : fiche.Sexe.ToString()!.ToLowerInvariant(),
            fiche.NumeroAvs,
            fiche.Email,
            fiche.Langue,
            adresse is null
                ? null
                : new AdresseApercu(adresse.Rue, adresse.Numero, adresse.Complement, adresse.CasePostale, adresse.Npa, adresse.Localite, adresse.Pays));
    }
}
