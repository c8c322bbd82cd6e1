using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Controle;

/// <summary>
/// Recomputes the ledger's invariants from the lines: every entry balanced with at least two lines, positive
/// two-decimal amounts on one side, header totals and the kind and date copied onto lines equal to their sources,
/// no entry created in a month while it was closed (closings and reopenings replayed from their trace), reversals
/// mirroring what they reverse, stored monthly balances equal to their lines, re-pointing kept flat and membership
/// periods not overlapping. Streams the lines in entry order so memory stays bounded by one entry and the expected
/// monthly balances.
/// </summary>
internal sealed class ControleIntegrite(ComptabiliteDbContext db, TimeProvider timeProvider)
{
    public async Task<ControleResponse> ExecuterAsync(CancellationToken cancellationToken)
    {
        var differences = new List<DifferenceResponse>();
        var comptes = await db.Comptes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Genre, cancellationToken);
        var traces = (await db.TracesPeriode.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(t => (t.Annee, t.Mois))
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.Le).ToList());
        var ecritures = await db.Ecritures.AsNoTracking()
            .Select(e => new { e.Id, e.Date, e.Annee, e.Mois, e.Total, e.CreeLe, e.ExtourneDe })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var extournes = ecritures.Values.Where(e => e.ExtourneDe is not null).Select(e => (e.Id, Originale: e.ExtourneDe!.Value)).ToList();
        var concernees = extournes.SelectMany(e => new[] { e.Id, e.Originale }).ToHashSet();
        var lignesParEcriture = new Dictionary<Guid, List<(Guid Compte, decimal Debit, decimal Credit)>>();
        var soldesAttendus = new Dictionary<CleSoldeMensuel, (long Debit, long Credit, int Nombre)>();
        var nombreLignes = 0;
        var avecLignes = 0;
        await foreach (var groupe in LignesParEcritureAsync(cancellationToken))
        {
            nombreLignes += groupe.Lignes.Count;
            avecLignes++;
            if (!ecritures.TryGetValue(groupe.EcritureId, out var ecriture))
            {
                differences.Add(new("ligne-orpheline", groupe.EcritureId, "Des lignes n'ont pas d'écriture."));
                continue;
            }

            var debit = groupe.Lignes.Sum(l => l.Debit);
            var credit = groupe.Lignes.Sum(l => l.Credit);
            if (groupe.Lignes.Count < 2)
            {
                differences.Add(new("lignes-insuffisantes", ecriture.Id, $"{groupe.Lignes.Count} ligne(s)."));
            }

            if (debit != credit)
            {
                differences.Add(new("ecriture-desequilibree", ecriture.Id, $"Débits {debit:0.00}, crédits {credit:0.00}."));
            }

            if (debit != ecriture.Total)
            {
                differences.Add(new("total-ecriture", ecriture.Id, $"Total de l'en-tête {ecriture.Total:0.00}, lignes {debit:0.00}."));
            }

            foreach (var ligne in groupe.Lignes)
            {
                if (ligne.Debit < 0 || ligne.Credit < 0 || (ligne.Debit > 0) == (ligne.Credit > 0)
                    || !Montants.AuPlusDeuxDecimales(ligne.Debit) || !Montants.AuPlusDeuxDecimales(ligne.Credit))
                {
                    differences.Add(new("montant-invalide", ecriture.Id, $"Ligne {ligne.Id} : débit {ligne.Debit}, crédit {ligne.Credit}."));
                }

                if (!comptes.TryGetValue(ligne.CompteId, out var genre) || genre != ligne.Genre)
                {
                    differences.Add(new("genre-ligne", ecriture.Id, $"Ligne {ligne.Id} : genre {ligne.Genre}, compte {genre ?? "inconnu"}."));
                }

                if (ligne.Date != ecriture.Date)
                {
                    differences.Add(new("date-ligne", ecriture.Id, $"Ligne {ligne.Id} datée du {ligne.Date}, écriture du {ecriture.Date}."));
                }

                if (SoldeMensuel.Cle(ligne) is { } cle)
                {
                    var cumul = soldesAttendus.GetValueOrDefault(cle);
                    soldesAttendus[cle] = (cumul.Debit + SoldeMensuel.Centimes(ligne.Debit), cumul.Credit + SoldeMensuel.Centimes(ligne.Credit), cumul.Nombre + 1);
                }
            }

            if (EtaitCloturee(traces, ecriture.Annee, ecriture.Mois, ecriture.CreeLe))
            {
                differences.Add(new("periode-cloturee", ecriture.Id, $"Créée le {ecriture.CreeLe:O} alors que {ecriture.Annee:D4}-{ecriture.Mois:D2} était clôturé."));
            }

            if (concernees.Contains(ecriture.Id))
            {
                lignesParEcriture[ecriture.Id] = groupe.Lignes.Select(l => (l.CompteId, l.Debit, l.Credit)).ToList();
            }
        }

        if (avecLignes != ecritures.Count)
        {
            differences.Add(new("lignes-insuffisantes", null, $"{ecritures.Count - avecLignes} écriture(s) sans ligne."));
        }

        ControlerExtournes(extournes, lignesParEcriture, differences);
        await ControlerSoldesMensuelsAsync(soldesAttendus, differences, cancellationToken);
        await ControlerProjectionsAsync(differences, cancellationToken);
        return new ControleResponse(timeProvider.GetUtcNow().UtcDateTime, differences.Count == 0, ecritures.Count, nombreLignes, differences);
    }

    private static bool EtaitCloturee(Dictionary<(int, int), List<TracePeriode>> traces, int annee, int mois, DateTime creeLe) =>
        traces.TryGetValue((annee, mois), out var historique)
        && historique.LastOrDefault(t => t.Le < creeLe) is { Action: TracePeriode.Cloture };

    private async IAsyncEnumerable<(Guid EcritureId, List<LigneEcriture> Lignes)> LignesParEcritureAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var courante = Guid.Empty;
        var lignes = new List<LigneEcriture>();
        await foreach (var ligne in db.Lignes.AsNoTracking().OrderBy(l => l.EcritureId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (ligne.EcritureId != courante && lignes.Count > 0)
            {
                yield return (courante, lignes);
                lignes = [];
            }

            courante = ligne.EcritureId;
            lignes.Add(ligne);
        }

        if (lignes.Count > 0)
        {
            yield return (courante, lignes);
        }
    }

    private static void ControlerExtournes(
        List<(Guid Id, Guid Originale)> extournes,
        Dictionary<Guid, List<(Guid Compte, decimal Debit, decimal Credit)>> lignes,
        List<DifferenceResponse> differences)
    {
        foreach (var (id, originale) in extournes)
        {
            var attendu = lignes.GetValueOrDefault(originale)?.Select(l => (l.Compte, Debit: l.Credit, Credit: l.Debit)).Order().ToList();
            var trouve = lignes.GetValueOrDefault(id)?.Order().ToList();
            if (attendu is null || trouve is null || !attendu.SequenceEqual(trouve))
            {
                differences.Add(new("extourne-non-miroir", id, $"L'extourne ne reflète pas l'écriture {originale}."));
            }
        }
    }

    /// <summary>Every stored monthly balance equals its lines added up, and every group of lines has its stored balance.</summary>
    private async Task ControlerSoldesMensuelsAsync(
        Dictionary<CleSoldeMensuel, (long Debit, long Credit, int Nombre)> attendus, List<DifferenceResponse> differences, CancellationToken cancellationToken)
    {
        await foreach (var stocke in db.SoldesMensuels.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var cle = new CleSoldeMensuel(stocke.FicheId, stocke.UniteAllocationId, stocke.CompteId, stocke.Genre, stocke.TypeCharge, stocke.Annee, stocke.Mois);
            var attendu = attendus.GetValueOrDefault(cle);
            attendus.Remove(cle);
            if ((stocke.DebitCentimes, stocke.CreditCentimes, stocke.NombreLignes) != attendu)
            {
                differences.Add(new("solde-mensuel", null, $"{Decrire(cle)} : enregistré {Chf(stocke.DebitCentimes, stocke.CreditCentimes, stocke.NombreLignes)}, "
                    + $"recalculé depuis les lignes {Chf(attendu.Debit, attendu.Credit, attendu.Nombre)}."));
            }
        }

        foreach (var (cle, attendu) in attendus)
        {
            differences.Add(new("solde-mensuel", null, $"{Decrire(cle)} : aucun solde enregistré, recalculé depuis les lignes {Chf(attendu.Debit, attendu.Credit, attendu.Nombre)}."));
        }

        static string Decrire(CleSoldeMensuel c) =>
            $"Solde {c.Annee:D4}-{c.Mois:D2} fiche {c.FicheId}, unité {c.UniteAllocationId}, compte {c.CompteId} ({c.Genre}), type de charge « {c.TypeCharge} »";

        static string Chf(long debit, long credit, int nombre) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"débit {debit / 100m:0.00}, crédit {credit / 100m:0.00}, {nombre} ligne(s)");
    }

    private async Task ControlerProjectionsAsync(List<DifferenceResponse> differences, CancellationToken cancellationToken)
    {
        var repointages = await db.Repointages.AsNoTracking().ToListAsync(cancellationToken);
        var absorbees = repointages.Select(r => r.AbsorbeeId).ToHashSet();
        foreach (var r in repointages.Where(r => absorbees.Contains(r.ConserveeId) || r.ConserveeId == r.AbsorbeeId))
        {
            differences.Add(new("repointage-en-chaine", null, $"La fiche {r.AbsorbeeId} pointe vers {r.ConserveeId}, elle-même absorbée."));
        }

        var membres = await db.MembresUa.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var groupe in membres.GroupBy(m => (m.DossierId, m.FicheId)))
        {
            var periodes = groupe.OrderBy(m => m.Du).ToList();
            for (var i = 1; i < periodes.Count; i++)
            {
                if (periodes[i - 1].Au is not { } fin || fin >= periodes[i].Du)
                {
                    differences.Add(new("membres-chevauchants", null, $"La fiche {groupe.Key.FicheId} a des périodes qui se chevauchent dans le dossier {groupe.Key.DossierId}."));
                }
            }
        }
    }
}
