using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

namespace SocialErp.Modules.Comptabilite.IntegrationEventHandlers;

/// <summary>
/// Derives the membership a unit's ledger reads (<see cref="MembreUniteAllocation"/>) from the periods Dossiers sent
/// (<see cref="PeriodeUniteAllocationRecue"/>) and the re-pointing records: each fiche is replaced by its survivor,
/// and a survivor's overlapping periods are joined so no line counts twice. The result depends only on the latest
/// snapshot and the records, not on the order snapshots, merges and their undoing arrive in.
/// </summary>
internal static class ProjectionMembresUa
{
    /// <summary>Recomputes the units whose periods name one of <paramref name="fiches"/>; the records must be saved.</summary>
    public static async Task RecalculerAsync(ComptabiliteDbContext db, IReadOnlyCollection<Guid> fiches, CancellationToken cancellationToken)
    {
        var recues = await db.PeriodesUaRecues
            .Where(p => db.PeriodesUaRecues.Any(n => n.DossierId == p.DossierId && fiches.Contains(n.FicheId)))
            .ToListAsync(cancellationToken);
        foreach (var unite in recues.GroupBy(p => p.DossierId))
        {
            await RemplacerAsync(db, unite.Key, unite.Select(p => new PeriodeUniteAllocation(p.FicheId, p.Role, p.Du, p.Au)).ToList(), cancellationToken);
        }
    }

    /// <summary>Replaces the membership of <paramref name="dossierId"/> by what <paramref name="recues"/> give today.</summary>
    public static async Task RemplacerAsync(
        ComptabiliteDbContext db, Guid dossierId, IReadOnlyList<PeriodeUniteAllocation> recues, CancellationToken cancellationToken)
    {
        var fiches = recues.Select(p => p.FicheId).Distinct().ToList();
        var repointages = await db.Repointages.Where(r => fiches.Contains(r.AbsorbeeId))
            .ToDictionaryAsync(r => r.AbsorbeeId, r => r.ConserveeId, cancellationToken);
        db.MembresUa.RemoveRange(await db.MembresUa.Where(m => m.DossierId == dossierId).ToListAsync(cancellationToken));
        foreach (var periode in Fusionner(recues.Select(p => p with { FicheId = repointages.GetValueOrDefault(p.FicheId, p.FicheId) })))
        {
            db.MembresUa.Add(MembreUniteAllocation.Periode(dossierId, periode.FicheId, periode.Role, periode.Du, periode.Au));
        }
    }

    /// <summary>Joins each fiche's overlapping or touching periods (the role of the earliest is kept).</summary>
    public static IEnumerable<PeriodeUniteAllocation> Fusionner(IEnumerable<PeriodeUniteAllocation> periodes)
    {
        foreach (var parFiche in periodes.Where(p => p.Au is null || p.Au >= p.Du).GroupBy(p => p.FicheId))
        {
            PeriodeUniteAllocation? courante = null;
            foreach (var periode in parFiche.OrderBy(p => p.Du))
            {
                if (courante is null)
                {
                    courante = periode;
                }
                else if (courante.Au is null || periode.Du <= courante.Au.Value.AddDays(1))
                {
                    courante = courante with { Au = courante.Au is null || periode.Au is null ? null : Max(courante.Au.Value, periode.Au.Value) };
                }
                else
                {
                    yield return courante;
                    courante = periode;
                }
            }

            if (courante is not null)
            {
                yield return courante;
            }
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
