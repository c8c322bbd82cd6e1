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
    /// The unit's consolidated lines up to <paramref name="au"/> (members inside their periods, lines posted on the unit).
    /// Membership and stored months come back in one statement (<see cref="MembresEtMoisStockes"/>); the lines, when some
    /// month needs them, in a second.
    /// </summary>
    public async Task<List<Cumul>> UniteAsync(Guid dossierId, DateOnly au, CancellationToken cancellationToken)
    {
        var (annee, mois) = DernierMoisComplet(au);
        var cle = annee * 100 + mois;
        var lus = await MembresEtMoisStockes.LireAsync(db, dossierId, cle, cancellationToken);
        var perimetre = new PerimetreUniteAllocation(dossierId, lus.Membres, lus.Repointages);
        var coupes = perimetre.MoisCoupes();
        var fiches = perimetre.FichesLues;

        // In a month no member joins or leaves mid-month, membership on the 1st holds for every day of it.
        var cumuls = lus.Mois
            .Where(s => !coupes.Contains((s.Annee, s.Mois))
                && perimetre.Inclut(Aucun(s.FicheId), Aucun(s.UniteAllocationId), new DateOnly(s.Annee, s.Mois, 1)))
            .Select(s => s.Cumul)
            .ToList();
        var intervalles = coupes.Where(m => m.Annee * 100 + m.Mois <= cle).Select(m => (Du: new DateOnly(m.Annee, m.Mois, 1), Au: FinDuMois(m.Annee, m.Mois))).ToList();
        if (DebutMoisEntame(au) is { } debut)
        {
            intervalles.Add((debut, au));
        }

        if (intervalles.Count > 0)
        {
            // One index range per (person or unit, month): the OR is spelled out so each branch is an index seek.
            var lignes = await Lignes(intervalles
                    .SelectMany(i => new Expression<Func<LigneEcriture, bool>>[]
                    {
                        l => l.FicheId != null && fiches.Contains(l.FicheId.Value) && l.Date >= i.Du && l.Date <= i.Au,
                        l => l.UniteAllocationId == dossierId && l.Date >= i.Du && l.Date <= i.Au,
                    })
                    .Aggregate(Ou))
                .ToListAsync(cancellationToken);
            cumuls.AddRange(lignes.Where(l => perimetre.Inclut(l.FicheId, l.UniteAllocationId, l.Date)).Select(Cumul.De));
        }

        return cumuls;
    }

    /// <summary>The last month wholly on or before <paramref name="au"/>.</summary>
    private static (int Annee, int Mois) DernierMoisComplet(DateOnly au)
    {
        var mois = au.AddDays(1).Day == 1 ? au : new DateOnly(au.Year, au.Month, 1).AddDays(-1);
        return (mois.Year, mois.Month);
    }

    private static DateOnly? DebutMoisEntame(DateOnly au) => au.AddDays(1).Day == 1 ? null : new DateOnly(au.Year, au.Month, 1);

    private static DateOnly FinDuMois(int annee, int mois) => new DateOnly(annee, mois, 1).AddMonths(1).AddDays(-1);

    private static Guid? Aucun(Guid id) => id == Guid.Empty ? null : id;

    private IQueryable<MouvementLigne> Lignes(Expression<Func<LigneEcriture, bool>> filtre) =>
        db.Lignes.AsNoTracking().Where(filtre)
            .Select(l => new MouvementLigne(l.Id, l.EcritureId, l.CompteId, l.Date, l.Genre, l.TypeCharge, l.FicheId, l.UniteAllocationId, l.Debit, l.Credit));

    /// <summary><c>a or b</c> over one line parameter. The bounds stay captured variables, so EF sends them as parameters.</summary>
    private static Expression<Func<LigneEcriture, bool>> Ou(Expression<Func<LigneEcriture, bool>> a, Expression<Func<LigneEcriture, bool>> b) =>
        Expression.Lambda<Func<LigneEcriture, bool>>(
            Expression.OrElse(a.Body, new Remplacement(b.Parameters[0], a.Parameters[0]).Visit(b.Body)), a.Parameters[0]);

    private sealed class Remplacement(ParameterExpression ancien, ParameterExpression nouveau) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == ancien ? nouveau : node;
    }
}
