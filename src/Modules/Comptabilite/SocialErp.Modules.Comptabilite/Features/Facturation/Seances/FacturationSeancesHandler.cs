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
/// Bills an ended month's signed sessions to the dossiers' funders. For every dossier with a session that month the
/// caller may see (every one for the scheduled job): the
/// sessions signed <c>realisee</c> + <c>present</c> starting that month inside the convention's validity, not billed
/// yet, are valued by the funding (<see cref="ValorisationSeances"/>, capped at the funded hours), the amount is split
/// between the funders by their parts (<see cref="Repartition.ProRata"/>, to the centime) and each funder gets one
/// invoice naming the sessions, issued like every debtor invoice (<see cref="EmissionFactures"/>). A session is billed
/// once per funder (key session + funder), so a second run, even a concurrent one, issues nothing. A dossier whose
/// billing is blocked or which is closed (<see cref="Domain.Budgets.BlocageDossier.Empechement"/>) is skipped; each
/// dossier is billed in its own transaction, all its funders' invoices or none, and what was not billed is reported.
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

        var seances = await db.SeancesProjetees.AsNoTracking().Where(s => s.Jour >= periode.Du && s.Jour <= periode.Au).OrderBy(s => s.Debut).ToListAsync(cancellationToken);
        var dossierIds = seances.Select(s => s.DossierId).Distinct().ToList();
        var financements = await db.FinancementsProjetes.AsNoTracking().Include(f => f.CoFinanceurs).Where(f => dossierIds.Contains(f.DossierId))
            .ToDictionaryAsync(f => f.DossierId, cancellationToken);
        var blocages = await db.BlocagesDossier.AsNoTracking().Where(b => dossierIds.Contains(b.DossierId)).ToDictionaryAsync(b => b.DossierId, cancellationToken);
        var factures = new List<FactureResponse>();
        var ignorees = new List<SeancesIgnoreesResponse>();
        foreach (var duDossier in seances.GroupBy(s => s.DossierId))
        {
            var dossierId = duDossier.Key;
            if (!await visibles.DossierAsync(dossierId, cancellationToken))
            {
                continue;
            }

            var signees = duDossier.Where(s => s.EstFacturable).ToList();
            if (!financements.TryGetValue(dossierId, out var financement))
            {
                if (signees.Count > 0)
                {
                    ignorees.Add(new(dossierId, RaisonsSeances.SansFinancement, "Des séances sont émargées mais le dossier n'a pas de financement."));
                }

                continue;
            }

            if (blocages.GetValueOrDefault(dossierId)?.Empechement(periode.Du, periode.Au) is { } empechement)
            {
                ignorees.Add(new(dossierId, empechement.Code, empechement.Motif));
                continue;
            }

            var rapport = await FacturerDossierAsync(financement, duDossier.ToList(), signees, periode, request.Date ?? periode.Au, cancellationToken);
            db.ChangeTracker.Clear();
            factures.AddRange(rapport.Factures.Select(FactureResponse.From));
            ignorees.AddRange(rapport.Ignorees);
        }

        return new ExecutionSeancesResponse(periode.Code, factures, ignorees);
    }

    private async Task<RapportDossier> FacturerDossierAsync(
        FinancementProjete financement, List<SeanceProjetee> duMois, List<SeanceProjetee> signees, PeriodeDecompte periode, DateOnly date,
        CancellationToken cancellationToken)
    {
        var dossierId = financement.DossierId;
        var ignorees = new List<SeancesIgnoreesResponse>();
        if (signees.Count == 0)
        {
            var nonEmargees = duMois.Count(s => s.Etat == SeanceProjetee.Planifiee);
            ignorees.Add(new(dossierId, RaisonsSeances.RienAFacturer, Texte(
                $"Aucune séance du mois n'est réalisée avec présence émargée ({duMois.Count} séance(s), dont {nonEmargees} planifiée(s) non émargée(s)).")));
            return new([], ignorees);
        }

        var horsConvention = signees.Where(s => !financement.Couvre(s.Jour)).ToList();
        if (horsConvention.Count > 0)
        {
            ignorees.Add(new(dossierId, RaisonsSeances.HorsConvention, Texte(
                $"Séance(s) hors de la validité de la convention ({financement.ConventionDu:dd.MM.yyyy} – {financement.ConventionAu:dd.MM.yyyy}) : non facturée(s)."),
                horsConvention.Sum(s => s.DureeHeures), [.. horsConvention.Select(s => s.SeanceId)]));
        }

        var dansConvention = signees.Except(horsConvention).ToList();
        if (dansConvention.Count == 0)
        {
            return new([], ignorees);
        }

        var dejaFacturees = (await db.SeancesFacturees.AsNoTracking().Where(s => s.DossierId == dossierId)
                .Select(s => new { s.SeanceId, s.Heures }).ToListAsync(cancellationToken))
            .GroupBy(s => s.SeanceId)
            .ToDictionary(g => g.Key, g => g.Max(s => s.Heures));
        var heuresDeja = dejaFacturees.Values.Sum();
        var aFacturer = dansConvention.Where(s => !dejaFacturees.ContainsKey(s.SeanceId)).ToList();
        if (aFacturer.Count == 0)
        {
            ignorees.Add(new(dossierId, RaisonsSeances.DejaFacturee, "Les séances émargées du mois sont déjà facturées."));
            return new([], ignorees);
        }

        var valorisation = ValorisationSeances.Valoriser(financement, aFacturer, heuresDeja);
        if (!valorisation.IsSuccess)
        {
            ignorees.Add(new(dossierId, valorisation.Error!.Code, valorisation.Error.Message));
            return new([], ignorees);
        }

        var valorisees = valorisation.Value;
        if (valorisees.HeuresDepassees > 0m)
        {
            ignorees.Add(new(dossierId, RaisonsSeances.HeuresDepassees, Texte(
                $"{financement.HeuresFinancees:0.00} h financées, {heuresDeja:0.00} h déjà facturées, {aFacturer.Sum(s => s.DureeHeures):0.00} h à facturer : {valorisees.HeuresDepassees:0.00} h au-delà ne sont pas facturées."),
                valorisees.HeuresDepassees, [.. valorisees.Depassees.Select(s => s.SeanceId)]));
        }

        if (valorisees.Seances.Count == 0)
        {
            return new([], ignorees);
        }

        var emises = await EmettreAsync(financement, valorisees.Seances, periode, date, cancellationToken);
        if (!emises.IsSuccess)
        {
            ignorees.Add(new(dossierId, emises.Error!.Code, emises.Error.Message));
            return new([], ignorees);
        }

        return new(emises.Value, ignorees);
    }

    /// <summary>One invoice per funder with a part, all in one transaction: the dossier is billed to all its funders or to none.</summary>
    private async Task<Result<List<FactureDebiteur>>> EmettreAsync(
        FinancementProjete financement, IReadOnlyList<SeanceValorisee> seances, PeriodeDecompte periode, DateOnly date, CancellationToken cancellationToken)
    {
        var typeDebiteur = options.Value.TypeDebiteurSeances;
        var compteRevenu = options.Value.CompteRevenuSeances ?? TypesDebiteur.Imputations[typeDebiteur].CompteRevenu;
        var financeurs = financement.Financeurs().Where(f => f.Poids > 0m).ToList();
        var parts = Repartition.ProRata([.. financeurs.Select(f => f.Poids)], seances.Sum(s => s.Montant));
        var debiteurs = new List<Debiteur>();
        foreach (var (ficheId, _) in financeurs)
        {
            var debiteur = await DebiteursFacture.LireAsync(fiches, visibles, ficheId, typeDebiteur, date, cancellationToken);
            if (!debiteur.IsSuccess)
            {
                return debiteur.Error!;
            }

            debiteurs.Add(debiteur.Value);
        }

        var dossier = await dossiers.TrouverAsync(financement.DossierId, cancellationToken);
        var personne = dossier?.Membres.OrderBy(m => m.Role == RolesMembre.Requerant ? 0 : 1).Select(m => (Guid?)m.FicheId).FirstOrDefault();
        try
        {
            return await TransactionFacturation.ExecuterAsync<List<FactureDebiteur>>(db, async () =>
            {
                var emises = new List<FactureDebiteur>();
                for (var i = 0; i < financeurs.Count; i++)
                {
                    // A part rounded down to nothing: no invoice of 0.00.
                    if (parts[i] == 0m)
                    {
                        continue;
                    }

                    var montants = Repartition.ProRata([.. seances.Select(s => s.Montant)], parts[i]);
                    var lignes = seances.Select((s, k) => new LigneFactureSaisie(
                        Libelle(s), s.Heures, decimal.Round(montants[k] / s.Heures, 2, MidpointRounding.AwayFromZero), montants[k], compteRevenu, personne,
                        financement.DossierId)).ToList();
                    var facture = await emission.EmettreAsync(
                        new EmissionFacture(debiteurs[i], date, ReferencesFacture.Qrr, Message(financement, periode, financeurs.Count > 1 ? financeurs[i].Poids : null), lignes,
                            Periode: periode.Code),
                        cancellationToken);
                    if (!facture.IsSuccess)
                    {
                        return facture.Error!;
                    }

                    emises.Add(facture.Value);
                    for (var k = 0; k < seances.Count; k++)
                    {
                        db.SeancesFacturees.Add(SeanceFacturee.Enregistrer(
                            seances[k].Seance.SeanceId, financeurs[i].FicheId, financement.DossierId, facture.Value.Id, periode.Code, seances[k].Heures, montants[k]));
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                return emises;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The key session + funder: a concurrent run billed these sessions meanwhile.
            return Error.Conflict(RaisonsSeances.DejaFacturee, "Séances facturées entre-temps par une exécution concurrente.");
        }
    }

    private static string Libelle(SeanceValorisee s) => s.Heures == s.Seance.DureeHeures
        ? Texte($"Séance du {s.Seance.Jour:dd.MM.yyyy} — {s.Heures:0.00} h")
        : Texte($"Séance du {s.Seance.Jour:dd.MM.yyyy} — {s.Heures:0.00} h sur {s.Seance.DureeHeures:0.00} h (plafond des heures financées)");

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
}
