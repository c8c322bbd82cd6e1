using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>
/// Reads ledger lines for persons (with the fiches merged into them) and for allocation units (members during
/// their periods, plus lines posted on the unit), through the person/unit + date indexes.
/// </summary>
internal sealed class LecteurGrandLivre(ComptabiliteDbContext db)
{
    /// <summary>The fiche and every fiche merged into it (re-pointing records are kept flat).</summary>
    public async Task<IReadOnlyList<Guid>> FichesDeAsync(Guid ficheId, CancellationToken cancellationToken)
    {
        var absorbees = await db.Repointages.AsNoTracking().Where(r => r.ConserveeId == ficheId).Select(r => r.AbsorbeeId).ToListAsync(cancellationToken);
        return [ficheId, .. absorbees];
    }

    public async Task<PerimetreUniteAllocation> PerimetreAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        // Members and the fiches merged into them in one query: a member row comes once per fiche merged into it.
        var lignes = await (
                from m in db.MembresUa.AsNoTracking().Where(m => m.DossierId == dossierId)
                from r in db.Repointages.AsNoTracking().Where(r => r.ConserveeId == m.FicheId).DefaultIfEmpty()
                select new { Membre = m, Absorbee = r == null ? (Guid?)null : r.AbsorbeeId })
            .ToListAsync(cancellationToken);
        var membres = lignes.Select(l => l.Membre).DistinctBy(m => m.Id).ToList();
        var repointages = lignes.Where(l => l.Absorbee is not null).DistinctBy(l => l.Absorbee)
            .ToDictionary(l => l.Absorbee!.Value, l => l.Membre.FicheId);
        return new PerimetreUniteAllocation(dossierId, membres, repointages);
    }

    public Task<List<MouvementLigne>> MouvementsPersonnesAsync(IReadOnlyList<Guid> fiches, DateOnly? du, DateOnly au, CancellationToken cancellationToken) =>
        Projeter(db.Lignes.Where(l => l.FicheId != null && fiches.Contains(l.FicheId.Value) && l.Date <= au && (du == null || l.Date >= du)))
            .ToListAsync(cancellationToken);

    /// <summary>The unit's lines up to <paramref name="au"/>: members' lines inside their periods and lines posted on the unit.</summary>
    public async Task<List<MouvementLigne>> MouvementsUniteAsync(PerimetreUniteAllocation perimetre, Guid dossierId, DateOnly au, CancellationToken cancellationToken)
    {
        var fiches = perimetre.FichesLues;
        var candidates = await Projeter(db.Lignes.Where(l =>
                l.Date <= au
                && ((l.FicheId != null && fiches.Contains(l.FicheId.Value)) || l.UniteAllocationId == dossierId)))
            .ToListAsync(cancellationToken);
        return candidates.Where(l => perimetre.Inclut(l.FicheId, l.UniteAllocationId, l.Date)).ToList();
    }

    /// <summary>Number of lines of each entry, to tell transfers inside a unit (all their lines inside it).</summary>
    public Task<Dictionary<Guid, int>> NombreLignesAsync(IReadOnlyCollection<Guid> ecritures, CancellationToken cancellationToken) =>
        db.Lignes.Where(l => ecritures.Contains(l.EcritureId))
            .GroupBy(l => l.EcritureId)
            .Select(g => new { g.Key, Nombre = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Nombre, cancellationToken);

    public static IQueryable<MouvementLigne> Projeter(IQueryable<LigneEcriture> lignes) =>
        lignes.AsNoTracking().Select(l => new MouvementLigne(l.Id, l.EcritureId, l.CompteId, l.Date, l.Genre, l.TypeCharge, l.FicheId, l.UniteAllocationId, l.Debit, l.Credit));
}
