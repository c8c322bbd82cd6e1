using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

/// <summary>
/// Open social debt at a date, per live person (merged fiches count for their survivor) and category: the lines of
/// loan and social-debt accounts settled oldest first. A person's debt follows the person, whatever the dossier.
/// </summary>
internal sealed class CalculDette(ComptabiliteDbContext db)
{
    public async Task<DetteSocialeResponse> CalculerAsync(DateOnly date, IReadOnlyList<Guid>? fiches, string? categorie, int? commune, CancellationToken cancellationToken)
    {
        var comptes = await db.Comptes.AsNoTracking()
            .Where(c => c.Genre == GenresCompte.Pret || c.Genre == GenresCompte.DetteSociale)
            .ToDictionaryAsync(c => c.Id, c => c.CategorieDette ?? c.Genre, cancellationToken);
        var idsComptes = comptes.Where(c => categorie is null || c.Value == categorie).Select(c => c.Key).ToList();
        var lignes = db.Lignes.AsNoTracking().Where(l => idsComptes.Contains(l.CompteId) && l.Date <= date && l.FicheId != null);
        if (fiches is not null)
        {
            lignes = lignes.Where(l => fiches.Contains(l.FicheId!.Value));
        }

        var mouvements = await lignes.Select(l => new { FicheId = l.FicheId!.Value, l.CompteId, l.Date, l.Debit, l.Credit, l.CommuneDomicile }).ToListAsync(cancellationToken);
        var repointages = await db.Repointages.AsNoTracking().ToDictionaryAsync(r => r.AbsorbeeId, r => r.ConserveeId, cancellationToken);
        var conventions = await db.Conventions.AsNoTracking().Where(c => c.Du <= date && (c.Au == null || c.Au >= date)).ToListAsync(cancellationToken);
        var personnes = new List<DettePersonneResponse>();
        foreach (var groupe in mouvements.GroupBy(m => (Fiche: repointages.GetValueOrDefault(m.FicheId, m.FicheId), Categorie: comptes[m.CompteId])))
        {
            var ouverts = VieillissementDette.PostesOuverts(groupe.Select(m => (m.Date, m.Debit, m.Credit)).ToList());
            if (commune is not null)
            {
                var communes = groupe.Where(m => m.Debit > 0).Select(m => (m.Date, m.CommuneDomicile)).ToList();
                ouverts = ouverts.Where(o => communes.Exists(c => c.Date == o.Date && c.CommuneDomicile == commune)).ToList();
            }

            var montant = ouverts.Sum(o => o.Montant);
            if (montant == 0)
            {
                continue;
            }

            var convention = conventions.Where(c => c.FicheId == groupe.Key.Fiche && c.Categorie == groupe.Key.Categorie).MaxBy(c => c.Du);
            personnes.Add(new DettePersonneResponse(
                groupe.Key.Fiche,
                groupe.Key.Categorie,
                Chf.Montant(montant),
                ouverts.Where(o => o.Date != DateOnly.MinValue).Select(o => (DateOnly?)o.Date).Min(),
                Arrondir(VieillissementDette.ParTranche(ouverts, date)),
                convention is null ? null : ConventionsEndpoints.From(convention)));
        }

        personnes = personnes.OrderBy(p => p.FicheId).ThenBy(p => p.Categorie, StringComparer.Ordinal).ToList();
        var parTranche = VieillissementDette.Tranches.ToDictionary(
            t => t.Tranche, t => Chf.Montant(personnes.Sum(p => p.ParTranche[t.Tranche])));
        return new DetteSocialeResponse(
            date,
            Chf.Montant(personnes.Sum(p => p.Montant)),
            parTranche,
            personnes.GroupBy(p => p.Categorie).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TotalCategorieResponse(g.Key, Chf.Montant(g.Sum(p => p.Montant)))).ToList(),
            personnes);
    }

    private static Dictionary<string, decimal> Arrondir(IReadOnlyDictionary<string, decimal> tranches) =>
        tranches.ToDictionary(t => t.Key, t => Chf.Montant(t.Value));
}
