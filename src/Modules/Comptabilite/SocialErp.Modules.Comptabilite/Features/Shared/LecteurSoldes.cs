using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>
/// Balances at a date from the stored monthly balances: whole months are read there, and only what a month total
/// cannot tell is read from the lines — the month of the date when it is not the month's last day, and for a unit
/// the months in which a member joins or leaves mid-month. Gives the same answer as adding up the lines.
/// </summary>
internal sealed class LecteurSoldes(ComptabiliteDbContext db)
{
    /// <summary>The lines of <paramref name="fiches"/> (a person and the fiches merged into it) up to <paramref name="au"/>.</summary>
    public async Task<List<Cumul>> PersonneAsync(IReadOnlyList<Guid> fiches, DateOnly au, CancellationToken cancellationToken)
    {
        var (annee, mois) = DernierMoisComplet(au);
        var cle = annee * 100 + mois;
        // Only the columns the covering index by person holds, so the database answers from the index alone.
        var stockes = await db.SoldesMensuels.AsNoTracking().Where(s => fiches.Contains(s.FicheId) && s.Annee * 100 + s.Mois <= cle)
            .Select(s => new { s.CompteId, s.Genre, s.TypeCharge, s.DebitCentimes, s.CreditCentimes }).ToListAsync(cancellationToken);
        var cumuls = stockes.Select(s => Cumul.DeMois(s.CompteId, s.Genre, s.TypeCharge, s.DebitCentimes, s.CreditCentimes)).ToList();
        if (DebutMoisEntame(au) is { } debut)
        {
            cumuls.AddRange((await Lignes(l => l.FicheId != null && fiches.Contains(l.FicheId.Value) && l.Date >= debut && l.Date <= au)
                .ToListAsync(cancellationToken)).Select(Cumul.De));
        }

        return cumuls;
    }

    /// <summary>
    /// The unit's consolidated lines up to <paramref name="au"/> (members inside their periods, lines posted on the unit),
    /// from what <see cref="LectureSoldeUnite"/> reads in one statement: membership, stored months, and the lines of the
    /// months a stored total cannot answer for.
    /// </summary>
    public async Task<List<Cumul>> UniteAsync(Guid dossierId, DateOnly au, CancellationToken cancellationToken)
    {
        var (annee, mois) = DernierMoisComplet(au);
        var debut = DebutMoisEntame(au);
        var lus = await LectureSoldeUnite.LireAsync(db, dossierId, annee * 100 + mois, au, debut, cancellationToken);
        var perimetre = new PerimetreUniteAllocation(dossierId, lus.Membres, lus.Repointages);
        var coupes = perimetre.MoisCoupes();

        // In a month no member joins or leaves mid-month, membership on the 1st holds for every day of it; in the
        // others, and in the started month of the date, each line is placed by its own date.
        return lus.Mois
            .Where(s => !coupes.Contains((s.Annee, s.Mois))
                && perimetre.Inclut(Aucun(s.FicheId), Aucun(s.UniteAllocationId), new DateOnly(s.Annee, s.Mois, 1)))
            .Select(s => s.Cumul)
            .Concat(lus.Lignes
                .Where(l => l.Date <= au
                    && (coupes.Contains((l.Date.Year, l.Date.Month)) || l.Date >= debut)
                    && perimetre.Inclut(l.FicheId, l.UniteAllocationId, l.Date))
                .Select(l => l.Cumul))
            .ToList();
    }

    /// <summary>The last month wholly on or before <paramref name="au"/>.</summary>
    private static (int Annee, int Mois) DernierMoisComplet(DateOnly au)
    {
        var mois = au.AddDays(1).Day == 1 ? au : new DateOnly(au.Year, au.Month, 1).AddDays(-1);
        return (mois.Year, mois.Month);
    }

    private static DateOnly? DebutMoisEntame(DateOnly au) => au.AddDays(1).Day == 1 ? null : new DateOnly(au.Year, au.Month, 1);

    private static Guid? Aucun(Guid id) => id == Guid.Empty ? null : id;

    private IQueryable<MouvementLigne> Lignes(Expression<Func<LigneEcriture, bool>> filtre) =>
        db.Lignes.AsNoTracking().Where(filtre)
            .Select(l => new MouvementLigne(l.Id, l.EcritureId, l.CompteId, l.Date, l.Genre, l.TypeCharge, l.FicheId, l.UniteAllocationId, l.Debit, l.Credit));
}
