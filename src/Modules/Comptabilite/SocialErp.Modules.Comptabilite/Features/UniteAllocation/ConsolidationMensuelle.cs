using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.UniteAllocation;

/// <summary>
/// One month consolidated for every allocation unit, in the database: members' lines joined to their membership
/// periods (through the re-pointing of merged fiches), plus the lines posted on a unit that no member period of
/// that unit already counted. Two grouped queries, merged per unit and account kind.
/// </summary>
internal sealed class ConsolidationMensuelle(ComptabiliteDbContext db)
{
    public async Task<IReadOnlyList<ConsolidationUniteResponse>> CalculerAsync(int annee, int mois, CancellationToken cancellationToken)
    {
        var debut = new DateOnly(annee, mois, 1);
        var fin = debut.AddMonths(1).AddDays(-1);
        var lignes = db.Lignes.AsNoTracking().Where(l => l.Date >= debut && l.Date <= fin && l.FicheId != null);
        var parMembres = await (
                from l in lignes
                join r in db.Repointages on l.FicheId equals (Guid?)r.AbsorbeeId into repointees
                from r in repointees.DefaultIfEmpty()
                join m in db.MembresUa on (r != null ? r.ConserveeId : l.FicheId!.Value) equals m.FicheId
                where l.Date >= m.Du && (m.Au == null || l.Date <= m.Au)
                    && (l.UniteAllocationId == null || l.UniteAllocationId != m.DossierId)
                group l by new { m.DossierId, l.Genre } into g
                select new Total(g.Key.DossierId, g.Key.Genre, g.Sum(x => x.Debit), g.Sum(x => x.Credit)))
            .ToListAsync(cancellationToken);
        var surUnites = await db.Lignes.AsNoTracking()
            .Where(l => l.Date >= debut && l.Date <= fin && l.UniteAllocationId != null)
            .GroupBy(l => new { l.UniteAllocationId, l.Genre })
            .Select(g => new Total(g.Key.UniteAllocationId!.Value, g.Key.Genre, g.Sum(x => x.Debit), g.Sum(x => x.Credit)))
            .ToListAsync(cancellationToken);
        return parMembres.Concat(surUnites)
            .GroupBy(t => t.DossierId)
            .OrderBy(g => g.Key)
            .Select(g => new ConsolidationUniteResponse(
                g.Key,
                g.GroupBy(t => t.Genre, StringComparer.Ordinal)
                    .OrderBy(t => t.Key, StringComparer.Ordinal)
                    .Select(t => new Shared.SoldeResponse(
                        t.Key, Shared.Chf.Montant(t.Sum(x => x.Debit)), Shared.Chf.Montant(t.Sum(x => x.Credit)), Shared.Chf.Montant(t.Sum(x => x.Debit - x.Credit))))
                    .ToList()))
            .ToList();
    }

    private sealed record Total(Guid DossierId, string Genre, decimal Debit, decimal Credit);
}

/// <summary>A unit's month: movements per account kind.</summary>
internal sealed record ConsolidationUniteResponse(Guid DossierId, IReadOnlyList<Shared.SoldeResponse> ParGenre);
