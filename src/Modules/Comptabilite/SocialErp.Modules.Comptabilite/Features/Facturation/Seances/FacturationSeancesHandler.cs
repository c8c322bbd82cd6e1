using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Decomptes;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

/// <summary>
/// Bills an ended month's sessions to the dossiers' funders so that what is billed follows what is due now. For every
/// dossier with a session that month, or movements billed for it (the caller's visible ones; every one for the
/// scheduled job): what is due now (<see cref="DusSeances"/>: current sessions, funding and cap order) is compared with
/// what the month's movements add up to per session and funder (<see cref="DifferencesSeances"/>); each funder gets one
/// invoice for the positive differences and, per invoice to credit, one credit note for the negative ones (through
/// the credit-note path, <see cref="EmissionFactures.CrediterAsync"/>), each difference recorded as a movement. No
/// difference, nothing issued, and the report says why. A dossier whose billing is blocked or which is closed
/// (<see cref="Domain.Budgets.BlocageDossier.Empechement"/>) is skipped; each dossier is reconciled in its own
/// transaction (all its documents or none), and two concurrent runs collide on the movements' key: one issues.
/// </summary>
internal sealed class FacturationSeancesHandler(
    ComptabiliteDbContext db, EmissionFactures emission, DimensionsVisibles visibles, IFichesLecture fiches, IDossiersLecture dossiers,
    IOptions<FacturationOptions> options, TimeProvider timeProvider)
{
    public async Task<Result<ExecutionSeancesResponse>> ExecuterAsync(ExecutionSeancesRequest request, CancellationToken cancellationToken)
    {
        var lue = PeriodeDecompte.Lire(request.Periode);
        if (!lue.IsSuccess || Periodicites.De(lue.Value.Code) != Periodicites.Mensuelle)
        {
            return Error.Validation("periode", "Période d'une facturation des séances : un mois, AAAA-MM.");
        }

        var periode = lue.Value;
        if (periode.Au >= timeProvider.Aujourdhui())
        {
            return Error.Validation("periode", Texte($"Le mois {periode.Code} n'est pas terminé : ses séances se facturent dès le {periode.Au.AddDays(1):dd.MM.yyyy}."));
        }

        var dossierIds = (await db.SeancesProjetees.AsNoTracking().Where(s => s.Jour >= periode.Du && s.Jour <= periode.Au)
                .Select(s => s.DossierId).Distinct().ToListAsync(cancellationToken))
            .Union(await db.MouvementsSeances.AsNoTracking().Where(m => m.Periode == periode.Code).Select(m => m.DossierId).Distinct().ToListAsync(cancellationToken))
            .Order()
            .ToList();
        var financements = await db.FinancementsProjetes.AsNoTracking().Include(f => f.CoFinanceurs).Where(f => dossierIds.Contains(f.DossierId))
            .ToDictionaryAsync(f => f.DossierId, cancellationToken);
        var blocages = await db.BlocagesDossier.AsNoTracking().Where(b => dossierIds.Contains(b.DossierId)).ToDictionaryAsync(b => b.DossierId, cancellationToken);
        var factures = new List<FactureResponse>();
        var ignorees = new List<SeancesIgnoreesResponse>();
        foreach (var dossierId in dossierIds)
        {
            if (!await visibles.DossierAsync(dossierId, cancellationToken))
            {
                continue;
            }

            if (blocages.GetValueOrDefault(dossierId)?.Empechement(periode.Du, periode.Au) is { } empechement)
            {
                ignorees.Add(new(dossierId, empechement.Code, empechement.Motif));
                continue;
            }

            var rapport = await ReconcilierAsync(dossierId, financements.GetValueOrDefault(dossierId), periode, request.Date ?? periode.Au, cancellationToken);
            db.ChangeTracker.Clear();
            factures.AddRange(rapport.Factures.Select(FactureResponse.From));
            ignorees.AddRange(rapport.Ignorees);
        }

        return new ExecutionSeancesResponse(periode.Code, factures, ignorees);
    }

    /// <summary>
    /// The months the daily job reconciles: the given ended month and every earlier one with a session or a billed
    /// movement, unless its accounting period is closed (a closed period takes no posting; its differences wait for a
    /// reopening or a manual credit note).
    /// </summary>
    public async Task<IReadOnlyList<string>> MoisAReconcilierAsync(string dernierMois, CancellationToken cancellationToken)
    {
        var jours = await db.SeancesProjetees.AsNoTracking().Select(s => s.Jour).Distinct().ToListAsync(cancellationToken);
        var factures = await db.MouvementsSeances.AsNoTracking().Select(m => m.Periode).Distinct().ToListAsync(cancellationToken);
        var clotures = (await db.Periodes.AsNoTracking().Where(p => p.Cloturee).Select(p => new { p.Annee, p.Mois }).ToListAsync(cancellationToken))
            .Select(p => $"{p.Annee:D4}-{p.Mois:D2}")
            .ToHashSet();
        return [.. jours.Select(DusSeances.Periode).Concat(factures).Append(dernierMois)
            .Where(m => string.CompareOrdinal(m, dernierMois) <= 0 && !clotures.Contains(m))
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    private async Task<RapportDossier> ReconcilierAsync(
        Guid dossierId, FinancementProjete? financement, PeriodeDecompte periode, DateOnly date, CancellationToken cancellationToken)
    {
        var ignorees = new List<SeancesIgnoreesResponse>();
        var seances = await db.SeancesProjetees.AsNoTracking().Where(s => s.DossierId == dossierId).OrderBy(s => s.Debut).ToListAsync(cancellationToken);
        var mouvements = await MouvementsAsync(dossierId, periode, cancellationToken);
        var duMois = seances.Where(s => s.Jour >= periode.Du && s.Jour <= periode.Au).ToList();
        var signees = duMois.Where(s => s.EstFacturable).ToList();
        if (financement is null)
        {
            if (signees.Count > 0 || mouvements.Count > 0)
            {
                ignorees.Add(new(dossierId, RaisonsSeances.SansFinancement, mouvements.Count > 0
                    ? "Le dossier n'a plus de financement : ce qui a été facturé ce mois reste facturé (avoir manuel si nécessaire)."
                    : "Des séances sont émargées mais le dossier n'a pas de financement."));
            }

            return new([], ignorees);
        }

        var horsConvention = signees.Where(s => !financement.Couvre(s.Jour)).ToList();
        var facturees = mouvements.Select(m => m.ObjetId).ToHashSet();
        if (horsConvention.Count > 0)
        {
            ignorees.Add(new(dossierId, RaisonsSeances.HorsConvention, Texte(
                $"Séance(s) hors de la validité de la convention ({financement.ConventionDu:dd.MM.yyyy} – {financement.ConventionAu:dd.MM.yyyy}) : non facturée(s)."),
                horsConvention.Sum(s => s.DureeHeures), [.. horsConvention.Select(s => s.SeanceId)]));
        }

        // Billed under a convention the funding no longer holds (dates moved, convention renewed): left as billed, said.
        var laissees = horsConvention.Where(s => facturees.Contains(s.SeanceId)).Select(s => s.SeanceId)
            .Concat(mouvements.Where(m => m.Nature == MouvementSeance.NatureForfait && m.ObjetId != DusSeances.CleForfait(financement)).Select(m => m.ObjetId))
            .ToHashSet();
        if (laissees.Count > 0)
        {
            ignorees.Add(new(dossierId, RaisonsSeances.ConventionPrecedente,
                "Facturé sous une convention que le financement ne porte plus : non crédité automatiquement (avoir manuel si nécessaire).",
                Seances: [.. laissees]));
        }

        var calcul = DusSeances.Calculer(financement, seances);
        if (!calcul.IsSuccess)
        {
            ignorees.Add(new(dossierId, calcul.Error!.Code, calcul.Error.Message));
            return new([], ignorees);
        }

        var depassees = calcul.Value.Depassees.Where(d => d.Seance.Jour >= periode.Du && d.Seance.Jour <= periode.Au).ToList();
        if (depassees.Count > 0)
        {
            ignorees.Add(new(dossierId, RaisonsSeances.HeuresDepassees, Texte(
                $"{financement.HeuresFinancees:0.00} h financées : {depassees.Sum(d => d.Heures):0.00} h de séances de ce mois au-delà ne sont pas facturées."),
                depassees.Sum(d => d.Heures), [.. depassees.Select(d => d.Seance.SeanceId)]));
        }

        var deja = mouvements.GroupBy(m => (m.ObjetId, m.FinanceurId))
            .Select(g => new DejaFacture(g.Key.ObjetId, g.Key.FinanceurId, g.First().Nature, g.First().Jour, g.Sum(m => m.Heures), g.Sum(m => m.Montant), g.Count()));
        var differences = DifferencesSeances.Calculer(calcul.Value.Dus.Where(d => d.Periode == periode.Code), deja, laissees);
        if (differences.Count == 0)
        {
            if (mouvements.Count > 0)
            {
                ignorees.Add(new(dossierId, RaisonsSeances.DejaFacturee, "Ce qui est dû pour le mois est facturé : aucune différence (séances, heures, financement inchangés)."));
            }
            else if (signees.Count == 0)
            {
                var nonEmargees = duMois.Count(s => s.Etat == SeanceProjetee.Planifiee);
                ignorees.Add(new(dossierId, RaisonsSeances.RienAFacturer, Texte(
                    $"Aucune séance du mois n'est réalisée avec présence émargée ({duMois.Count} séance(s), dont {nonEmargees} planifiée(s) non émargée(s)).")));
            }
            else if (financement.ModeMontant == FinancementProjete.ModeForfait)
            {
                ignorees.Add(new(dossierId, RaisonsSeances.ForfaitAutreMois, "Financement au forfait : il se facture une fois, le mois de la première séance de la convention réalisée avec présence émargée."));
            }

            return new([], ignorees);
        }

        var emises = await EmettreAsync(financement, differences, mouvements, seances, periode, date, cancellationToken);
        if (!emises.IsSuccess)
        {
            ignorees.Add(new(dossierId, emises.Error!.Code, emises.Error.Message));
            return new([], ignorees);
        }

        return new(emises.Value, ignorees);
    }

    /// <summary>
    /// The month's movements of the dossier, each funder read through the fiche merges (a funder absorbed by a merge is
    /// the kept fiche, as the funding Dossiers republishes names it): a merge or its undoing changes no difference.
    /// </summary>
    private async Task<List<MouvementSeance>> MouvementsAsync(Guid dossierId, PeriodeDecompte periode, CancellationToken cancellationToken)
    {
        var mouvements = await db.MouvementsSeances.AsNoTracking().Where(m => m.DossierId == dossierId && m.Periode == periode.Code).ToListAsync(cancellationToken);
        var financeurs = mouvements.Select(m => m.FinanceurId).Distinct().ToList();
        var repointes = await db.Repointages.AsNoTracking().Where(r => financeurs.Contains(r.AbsorbeeId))
            .ToDictionaryAsync(r => r.AbsorbeeId, r => r.ConserveeId, cancellationToken);
        return repointes.Count == 0
            ? mouvements
            : [.. mouvements.Select(m => repointes.TryGetValue(m.FinanceurId, out var conservee) ? m.PourFinanceur(conservee) : m)];
    }

    /// <summary>
    /// Per funder, one invoice for the positive differences and one credit note per invoice credited, all in one
    /// transaction (a savepoint inside the Idempotency-Key's): the dossier's documents are all issued or none.
    /// </summary>
    private async Task<Result<List<FactureDebiteur>>> EmettreAsync(
        FinancementProjete financement, IReadOnlyList<DifferenceSeance> differences, List<MouvementSeance> mouvements, List<SeanceProjetee> seances,
        PeriodeDecompte periode, DateOnly date, CancellationToken cancellationToken)
    {
        var typeDebiteur = options.Value.TypeDebiteurSeances;
        var compteRevenu = options.Value.CompteRevenuSeances ?? TypesDebiteur.Imputations[typeDebiteur].CompteRevenu;
        var dossier = await dossiers.TrouverAsync(financement.DossierId, cancellationToken);
        var personne = dossier?.Membres.OrderBy(m => m.Role == RolesMembre.Requerant ? 0 : 1).Select(m => (Guid?)m.FicheId).FirstOrDefault();
        var parSeance = seances.ToDictionary(s => s.SeanceId);
        var maintenant = timeProvider.Maintenant();
        var nombreFinanceurs = financement.Financeurs().Count(f => f.Poids > 0m);
        try
        {
            return await TransactionFacturation.ExecuterAsync<List<FactureDebiteur>>(db, async () =>
            {
                var emises = new List<FactureDebiteur>();
                foreach (var duFinanceur in differences.GroupBy(d => d.FinanceurId))
                {
                    var aFacturer = duFinanceur.Where(d => d.Montant > 0m).ToList();
                    if (aFacturer.Count > 0)
                    {
                        var debiteur = await DebiteursFacture.LireAsync(fiches, visibles, duFinanceur.Key, typeDebiteur, date, cancellationToken);
                        if (!debiteur.IsSuccess)
                        {
                            return debiteur.Error!;
                        }

                        var poids = financement.Financeurs().FirstOrDefault(f => f.FicheId == duFinanceur.Key).Poids;
                        var lignes = aFacturer.Select(d => Ligne(LibelleSupplement(d, financement, parSeance), d.Heures, d.Montant, compteRevenu, personne, financement.DossierId))
                            .ToList();
                        var facture = await emission.EmettreAsync(
                            new EmissionFacture(debiteur.Value, date, ReferencesFacture.Qrr, Message(financement, periode, nombreFinanceurs > 1 ? poids : null), lignes,
                                Periode: periode.Code),
                            cancellationToken);
                        if (!facture.IsSuccess)
                        {
                            return facture.Error!;
                        }

                        emises.Add(facture.Value);
                        db.MouvementsSeances.AddRange(aFacturer.Select(d => Mouvement(d, financement, periode, facture.Value.Id, null, maintenant)));
                    }

                    var aCrediter = duFinanceur.Where(d => d.Montant < 0m).ToList();
                    foreach (var (factureCreditee, parts) in AffecterAvoirs(aCrediter, mouvements))
                    {
                        var originale = await db.FacturesDebiteurs.Include(f => f.Lignes).FirstAsync(f => f.Id == factureCreditee, cancellationToken);
                        var lignes = parts.Select(p => Ligne(
                            LibelleAvoir(p.Difference, financement, parSeance, periode), p.Heures, p.Montant, compteRevenu, personne, financement.DossierId)).ToList();
                        var avoir = await emission.CrediterAsync(
                            originale, date, Texte($"Séances {periode.Code} : correction de la facture {originale.Numero}"), lignes, cancellationToken);
                        if (!avoir.IsSuccess)
                        {
                            return avoir.Error!;
                        }

                        emises.Add(avoir.Value);
                        db.MouvementsSeances.AddRange(parts.Select(p => Mouvement(
                            p.Difference with { Montant = -p.Montant }, financement, periode, avoir.Value.Id, factureCreditee, maintenant, p.Heures)));
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                return emises;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The movements' key: a concurrent run reconciled this dossier's month meanwhile.
            return Error.Conflict(RaisonsSeances.DejaFacturee, "Séances facturées entre-temps par une exécution concurrente.");
        }
    }

    /// <summary>
    /// Spreads each credit over the invoices that billed the session to the funder, the latest first, never more on an
    /// invoice than what it still carries for the session: one credit note per invoice credited.
    /// </summary>
    private static IEnumerable<(Guid Facture, List<PartAvoir> Parts)> AffecterAvoirs(List<DifferenceSeance> aCrediter, List<MouvementSeance> mouvements)
    {
        var parts = new List<(Guid Facture, PartAvoir Part)>();
        foreach (var difference in aCrediter)
        {
            var duMouvement = mouvements.Where(m => m.ObjetId == difference.ObjetId && m.FinanceurId == difference.FinanceurId).ToList();
            var reste = -difference.Montant;
            var heuresRestantes = -difference.Heures;
            var rang = difference.Rang;
            foreach (var facturee in duMouvement.Where(m => m.Montant > 0m).OrderByDescending(m => m.Rang))
            {
                var porte = facturee.Montant + duMouvement.Where(m => m.FactureCrediteeId == facturee.FactureId).Sum(m => m.Montant);
                var montant = Math.Min(reste, porte);
                if (montant <= 0m)
                {
                    continue;
                }

                var heures = reste == montant ? heuresRestantes : Math.Min(heuresRestantes, facturee.Heures);
                parts.Add((facturee.FactureId, new PartAvoir(difference with { Rang = rang++ }, montant, heures)));
                reste -= montant;
                heuresRestantes -= heures;
                if (reste == 0m)
                {
                    break;
                }
            }
        }

        return parts.GroupBy(p => p.Facture).Select(g => (g.Key, g.Select(p => p.Part).ToList()));
    }

    private static LigneFactureSaisie Ligne(string libelle, decimal heures, decimal montant, string compteRevenu, Guid? personne, Guid dossierId)
    {
        var quantite = heures != 0m ? Math.Abs(heures) : 1m;
        montant = Math.Abs(montant);
        return new LigneFactureSaisie(libelle, quantite, decimal.Round(montant / quantite, 2, MidpointRounding.AwayFromZero), montant, compteRevenu, personne, dossierId);
    }

    private static MouvementSeance Mouvement(
        DifferenceSeance d, FinancementProjete financement, PeriodeDecompte periode, Guid factureId, Guid? factureCreditee, DateTime le, decimal? heures = null) =>
        MouvementSeance.Enregistrer(
            d.ObjetId, d.FinanceurId, periode.Code, d.Rang, financement.DossierId, d.Nature, d.Jour, factureId, factureCreditee,
            heures is { } h ? -Math.Abs(h) : d.Heures, d.Montant, financement.VersionSource, le);

    private static string LibelleSupplement(DifferenceSeance d, FinancementProjete financement, Dictionary<Guid, SeanceProjetee> seances)
    {
        if (d.Nature == MouvementSeance.NatureForfait)
        {
            return d.Nouvelle
                ? Texte($"Forfait {financement.ConventionReference ?? "du financement"} — séances dès le {d.Jour:dd.MM.yyyy}")
                : Texte($"Forfait {financement.ConventionReference ?? "du financement"} — supplément (forfait modifié)");
        }

        var jour = seances.GetValueOrDefault(d.ObjetId)?.Jour ?? d.Jour;
        if (d.Nouvelle)
        {
            return d.HeuresDues == d.DureeHeures
                ? Texte($"Séance du {jour:dd.MM.yyyy} — {d.HeuresDues:0.00} h")
                : Texte($"Séance du {jour:dd.MM.yyyy} — {d.HeuresDues:0.00} h sur {d.DureeHeures:0.00} h (plafond des heures financées)");
        }

        return d.Heures > 0m
            ? Texte($"Séance du {jour:dd.MM.yyyy} — supplément {d.Heures:0.00} h")
            : Texte($"Séance du {jour:dd.MM.yyyy} — complément (financement modifié)");
    }

    private static string LibelleAvoir(DifferenceSeance d, FinancementProjete financement, Dictionary<Guid, SeanceProjetee> seances, PeriodeDecompte periode)
    {
        if (d.Nature == MouvementSeance.NatureForfait)
        {
            return d.MontantDu == 0m
                ? Texte($"Forfait {financement.ConventionReference ?? "du financement"} — avoir (plus dû ce mois)")
                : Texte($"Forfait {financement.ConventionReference ?? "du financement"} — avoir (forfait modifié)");
        }

        var seance = seances.GetValueOrDefault(d.ObjetId);
        if (seance is not null && seance.EstFacturable && (seance.Jour < periode.Du || seance.Jour > periode.Au))
        {
            return Texte($"Séance du {d.Jour:dd.MM.yyyy} déplacée au {seance.Jour:dd.MM.yyyy} — avoir {-d.Heures:0.00} h");
        }

        if (d.HeuresDues == 0m)
        {
            return Texte($"Séance du {d.Jour:dd.MM.yyyy} annulée — avoir {d.HeuresFacturees:0.00} h");
        }

        return d.Heures < 0m
            ? Texte($"Séance du {d.Jour:dd.MM.yyyy} corrigée — avoir {-d.Heures:0.00} h")
            : Texte($"Séance du {d.Jour:dd.MM.yyyy} — avoir (financement modifié)");
    }

    private static string Message(FinancementProjete financement, PeriodeDecompte periode, decimal? part)
    {
        var message = $"Séances {periode.Code}"
            + (financement.ConventionReference is { } reference ? $" — convention {reference}" : "")
            + (part is null ? "" : financement.Repartition == "pourcentage" ? Texte($" — part {part:0.##} %") : " — part au prorata des montants");
        return message.Length <= Persistence.Facturation.FactureDebiteurConfiguration.MessageMaxLength
            ? message
            : message[..Persistence.Facturation.FactureDebiteurConfiguration.MessageMaxLength];
    }

    private static string Texte(FormattableString texte) => texte.ToString(CultureInfo.InvariantCulture);

    private sealed record RapportDossier(IReadOnlyList<FactureDebiteur> Factures, IReadOnlyList<SeancesIgnoreesResponse> Ignorees);

    /// <summary>The part of a credit charged to one invoice: its amount and hours.</summary>
    private sealed record PartAvoir(DifferenceSeance Difference, decimal Montant, decimal Heures);
}
