using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Domain.Modeles;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>
/// Computes a template's records for a period from the read model: loads what the population needs once, in a few
/// set-based queries, then evaluates every variable's source per record in memory.
/// </summary>
internal sealed class EvaluateurModele(StatistiquesDbContext db, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<Enregistrement>> EvaluerAsync(
        DefinitionModele definition, PeriodeStatistique periode, Func<int, Task> progression, CancellationToken ct) =>
        definition.Population switch
        {
            CatalogueSources.Dossiers => await DossiersAsync(definition, periode, progression, ct),
            CatalogueSources.Ecritures => await EcrituresAsync(definition, periode, ct),
            _ => await SeancesAsync(definition, periode, ct),
        };

    private async Task<IReadOnlyList<Enregistrement>> DossiersAsync(
        DefinitionModele definition, PeriodeStatistique periode, Func<int, Task> progression, CancellationToken ct)
    {
        var (debut, fin) = (periode.Debut, periode.Fin);
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.DateOuverture <= fin && (d.DateSortie == null || d.DateSortie >= debut))
            .OrderBy(d => d.Numero).ToListAsync(ct);
        await progression(20);
        var ids = dossiers.Select(d => d.DossierId).ToHashSet();
        var variables = definition.Variables!;
        var besoins = variables.Select(v => v.Source!).ToHashSet();

        // Set-based reads of what the variables need, narrowed to the period and projected to the columns used: one
        // query per table, whatever the number of dossiers (50 000 in build/bench/statistiques-ofs.sh).
        var membres = (await db.MembresUnite.AsNoTracking().Where(m => m.Du <= fin && (m.Au == null || m.Au >= debut)).ToListAsync(ct))
            .Where(m => ids.Contains(m.DossierId)).ToLookup(m => m.DossierId);
        var personnes = besoins.Any(b => b.StartsWith("requerant.", StringComparison.Ordinal))
            ? await db.Personnes.AsNoTracking()
                .Where(p => db.MembresUnite.Any(m => m.FicheId == p.FicheId && m.Role == RolesMembre.Requerant
                    && m.Du <= fin && (m.Au == null || m.Au >= debut)))
                .Select(p => new { p.FicheId, Requerant = new RequerantDossier(p.DateNaissance, p.EtatCivil, p.Nationalite) })
                .ToDictionaryAsync(p => p.FicheId, p => p.Requerant, ct)
            : [];
        var mois = periode.Mois().ToList();
        var lignes = besoins.Any(b => b.StartsWith("ecritures.", StringComparison.Ordinal))
            ? (await db.LignesEcriture.AsNoTracking()
                .Where(l => l.DossierId != null && mois.Contains(l.Periode))
                .Select(l => new LigneDossier(l.DossierId!.Value, l.GenreCompte, l.TypeCharge, l.TypePayeur, l.Compte, l.Prestation, l.Debit, l.Credit))
                .ToListAsync(ct)).ToLookup(l => l.DossierId)
            : Enumerable.Empty<LigneDossier>().ToLookup(l => l.DossierId);
        var paiements = besoins.Contains("paiements.total")
            ? (await db.Paiements.AsNoTracking().Where(p => p.DossierId != null && p.Date >= debut && p.Date <= fin)
                .Select(p => new PaiementDossier(p.DossierId!.Value, p.Montant, p.Ordinaire)).ToListAsync(ct)).ToLookup(p => p.DossierId)
            : Enumerable.Empty<PaiementDossier>().ToLookup(p => p.DossierId);
        var derniersPaiements = besoins.Contains("paiements.dernierOrdinaire")
            ? await db.Paiements.AsNoTracking().Where(p => p.DossierId != null && p.Ordinaire && p.Date <= fin)
                .GroupBy(p => p.DossierId!.Value).Select(g => new { DossierId = g.Key, Date = g.Max(p => p.Date) })
                .ToDictionaryAsync(p => p.DossierId, p => p.Date, ct)
            : [];
        var seances = besoins.Contains("seances.heures")
            ? (await db.Seances.AsNoTracking().ToListAsync(ct))
                .Where(s => timeProvider.Jour(s.Debut) >= debut && timeProvider.Jour(s.Debut) <= fin).ToLookup(s => s.DossierId)
            : Enumerable.Empty<SeanceLecture>().ToLookup(s => s.DossierId);
        var evenements = besoins.Contains("evenements.nombre")
            ? (await db.EvenementsDossier.AsNoTracking().Where(e => e.Date >= debut && e.Date <= fin).ToListAsync(ct)).ToLookup(e => e.DossierId)
            : Enumerable.Empty<EvenementDossierLecture>().ToLookup(e => e.DossierId);
        await progression(50);

        var cle = IndexCle(definition);
        var resultat = new List<Enregistrement>(dossiers.Count);
        foreach (var dossier in dossiers)
        {
            var contexte = new ContexteDossier(dossier, periode, membres[dossier.DossierId].ToList(), personnes,
                lignes[dossier.DossierId], paiements[dossier.DossierId], derniersPaiements.TryGetValue(dossier.DossierId, out var dernier) ? dernier : null,
                seances[dossier.DossierId], evenements[dossier.DossierId]);
            var valeurs = variables.Select(v => SourcesDossier.Evaluer(v, contexte)).ToArray();
            resultat.Add(new Enregistrement(Convert.ToString(valeurs[cle], System.Globalization.CultureInfo.InvariantCulture) ?? dossier.Numero, valeurs));
        }

        await progression(80);
        return resultat;
    }

    private async Task<IReadOnlyList<Enregistrement>> EcrituresAsync(DefinitionModele definition, PeriodeStatistique periode, CancellationToken ct)
    {
        var mois = periode.Mois().ToList();
        var lignes = await db.LignesEcriture.AsNoTracking()
            .Where(l => mois.Contains(l.Periode))
            .ToListAsync(ct);
        var groupement = definition.Groupement ?? [];
        var mesures = definition.Variables!.Where(v => !v.Source!.StartsWith("groupe.", StringComparison.Ordinal)).ToList();

        // The population is the lines at least one measure counts (the bank side of a posting is no record of its own).
        return lignes
            .Where(l => mesures.Count == 0 || mesures.Any(v => Agregats.Compte(v, l)))
            .GroupBy(l => string.Join('|', groupement.Select(d => Agregats.Dimension(l, d))))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Enregistrement(g.Key, definition.Variables!.Select(v => Agregats.Ecritures(v, g.First(), g)).ToArray()))
            .ToList();
    }

    private async Task<IReadOnlyList<Enregistrement>> SeancesAsync(DefinitionModele definition, PeriodeStatistique periode, CancellationToken ct)
    {
        var (debut, fin) = (timeProvider.DebutDuJour(periode.Debut), timeProvider.DebutDuJour(periode.Fin.AddDays(1)));
        var seances = await db.Seances.AsNoTracking().Where(s => s.Debut >= debut && s.Debut < fin).ToListAsync(ct);
        var dossierIds = seances.Select(s => s.DossierId).ToHashSet();
        var dossiers = (await db.Dossiers.AsNoTracking().ToListAsync(ct)).Where(d => dossierIds.Contains(d.DossierId)).ToDictionary(d => d.DossierId);
        var groupement = definition.Groupement ?? [];
        return seances
            .GroupBy(s => string.Join('|', groupement.Select(d => Agregats.Dimension(s, dossiers.GetValueOrDefault(s.DossierId), d, timeProvider.Jour))))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Enregistrement(g.Key, definition.Variables!.Select(v => Agregats.Seances(v, g.First(), dossiers.GetValueOrDefault(g.First().DossierId), g, timeProvider.Jour)).ToArray()))
            .ToList();
    }

    private static int IndexCle(DefinitionModele definition)
    {
        var index = definition.Cle is null ? 0 : definition.Variables!.ToList().FindIndex(v => v.Code == definition.Cle);
        return Math.Max(index, 0);
    }
}

/// <summary>One record of a template's output: its key (stable across re-runs) and the values of every variable.</summary>
internal sealed record Enregistrement(string Cle, object?[] Valeurs);
