using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Features.Budgets;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.ExecutionsBudgets;

/// <summary>
/// Runs a month's budgets in slices: for each budget valid in the month whose dossier is neither blocked nor closed,
/// the entry (charge, loan or grant vs payable) through <see cref="Comptabilisation"/>, the payment orders and the due
/// date event, saved with the run's progress at each slice. A budget already ordered for the month (a run resumed
/// after a crash) is not ordered again: a unique index on (budget, month, rank) guarantees it.
/// </summary>
internal sealed partial class ExecuteurBudgets(
    ComptabiliteDbContext db, Comptabilisation comptabilisation, IFichesLecture fiches, IOptions<BudgetsOptions> options, TimeProvider timeProvider,
    ILogger<ExecuteurBudgets> logger)
{
    private const string EcritureRefusee = "La base de données a refusé l'écriture ou les ordres de ce budget (voir le journal de l'application) : rien n'a été payé pour ce dossier.";

    public async Task ExecuterAsync(Guid executionId, CancellationToken cancellationToken)
    {
        db.EcrireEnMasse();
        try
        {
            await ExecuterTranchesAsync(executionId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Echec(ex, executionId);
            db.DiscardChanges();
            var execution = await db.ExecutionsBudgets.FirstAsync(e => e.Id == executionId, CancellationToken.None);
            execution.Echouer(ex.Message, timeProvider.Maintenant());
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    private async Task ExecuterTranchesAsync(Guid executionId, CancellationToken cancellationToken)
    {
        var execution = await db.ExecutionsBudgets.FirstAsync(e => e.Id == executionId, cancellationToken);
        if (execution.Statut == StatutsExecution.Terminee)
        {
            return;
        }

        var debut = DateOnly.ParseExact(execution.Mois + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fin = debut.AddMonths(1).AddDays(-1);
        var budgetIds = await db.VersionsBudget.Where(v => v.Du <= fin && (v.Au == null || v.Au >= debut))
            .Select(v => v.BudgetId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
        var faits = (await db.OrdresPaiement.Where(o => o.Mois == execution.Mois && o.BudgetId != null).Select(o => o.BudgetId!.Value).Distinct().ToListAsync(cancellationToken))
            .Concat(await db.AnomaliesExecution.Where(a => a.ExecutionId == executionId).Select(a => a.BudgetId).ToListAsync(cancellationToken))
            .ToHashSet();
        if (execution.Statut == StatutsExecution.EnAttente)
        {
            execution.Commencer(budgetIds.Count);
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var tranche in budgetIds.Where(id => !faits.Contains(id)).Chunk(Math.Max(options.Value.TailleTranche, 1)))
        {
            try
            {
                await EcrireTrancheAsync(executionId, tranche, debut, fin, cancellationToken);
            }
            catch (Exception ex) when (Refus(ex) && tranche.Length > 1)
            {
                // The database refused something of the slice, which rolled back whole: the budgets are written again one
                // by one, so the others are paid and only the one at fault is reported, on its dossier.
                TrancheRefusee(ex, executionId, tranche.Length);
                foreach (var budgetId in tranche)
                {
                    await EcrireSeulAsync(executionId, budgetId, debut, fin, cancellationToken);
                }
            }
        }

        db.ChangeTracker.Clear();
        execution = await db.ExecutionsBudgets.FirstAsync(e => e.Id == executionId, cancellationToken);
        execution.Terminer(timeProvider.Maintenant());
        db.Publish(new ExecutionBudgetsTermineeIntegrationEvent(
            execution.Id, execution.Mois, execution.Total, execution.Payes, execution.Ignores, execution.EnErreur, execution.NombreOrdres, execution.Montant));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A write the database refused (constraint, value out of range…), as opposed to a bug or a lost connection.</summary>
    private static bool Refus(Exception ex) =>
        ex is DbUpdateException { InnerException: not DbException { IsTransient: true } } or DbException { IsTransient: false };

    /// <summary>Writes a slice and the run's progress in one save (one transaction).</summary>
    private async Task EcrireTrancheAsync(Guid executionId, Guid[] tranche, DateOnly debut, DateOnly fin, CancellationToken cancellationToken)
    {
        db.DiscardChanges();
        comptabilisation.NouvelleUniteDeTravail();
        var execution = await db.ExecutionsBudgets.FirstAsync(e => e.Id == executionId, cancellationToken);
        var compte = new Compteurs();
        await ExecuterTrancheAsync(execution, tranche, debut, fin, compte, cancellationToken);
        execution.Compter(tranche.Length, compte.Payes, compte.Ignores, compte.Erreurs, compte.Ordres, compte.Montant);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One budget of a refused slice: written alone, or reported in error on its dossier when refused again.</summary>
    private async Task EcrireSeulAsync(Guid executionId, Guid budgetId, DateOnly debut, DateOnly fin, CancellationToken cancellationToken)
    {
        try
        {
            await EcrireTrancheAsync(executionId, [budgetId], debut, fin, cancellationToken);
        }
        catch (Exception ex) when (Refus(ex))
        {
            BudgetRefuse(ex, executionId, budgetId);
            db.DiscardChanges();
            var execution = await db.ExecutionsBudgets.FirstAsync(e => e.Id == executionId, cancellationToken);
            var dossierId = await db.Budgets.Where(b => b.Id == budgetId).Select(b => b.DossierId).FirstAsync(cancellationToken);
            db.AnomaliesExecution.Add(AnomalieExecution.Creer(execution.Id, budgetId, dossierId, AnomalieExecution.Erreur, EcritureRefusee));
            execution.Compter(1, 0, 0, 1, 0, 0m);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task ExecuterTrancheAsync(
        ExecutionBudgets execution, Guid[] tranche, DateOnly debut, DateOnly fin, Compteurs compte, CancellationToken cancellationToken)
    {
        // The slice's ids as one array parameter (EF.Parameter), not one parameter each: EF would expand and rewrite the
        // SQL of every query of the split include at each slice, a fifth of the run's CPU.
        var budgets = await db.Budgets.AsNoTracking().Include(b => b.Versions).ThenInclude(v => v.Lignes).AsSplitQuery()
            .Where(b => EF.Parameter(tranche).Contains(b.Id)).ToListAsync(cancellationToken);
        var dossierIds = budgets.Select(b => b.DossierId).Distinct().ToArray();
        var blocages = await db.BlocagesDossier.AsNoTracking().Where(b => EF.Parameter(dossierIds).Contains(b.DossierId))
            .ToDictionaryAsync(b => b.DossierId, cancellationToken);
        var comptes = await db.Comptes.ToDictionaryAsync(c => c.Numero, cancellationToken);
        var plans = budgets.Select(b => (Budget: b, Version: b.ValideEn(debut, fin))).Where(p => p.Version is not null)
            .Select(p => (p.Budget, Charges: PlanMensuel.Calculer(p.Version!, debut))).ToList();
        var personnes = plans.SelectMany(p => p.Charges).Select(c => c.Ligne.PayeId ?? c.Ligne.BeneficiaireId).Distinct().ToList();
        var adresses = (await fiches.TrouverAsync(personnes, debut, cancellationToken)).ToDictionary(f => f.Id);
        var dateExecution = options.Value.DateExecution(debut);
        foreach (var (budget, charges) in plans)
        {
            var motif = blocages.GetValueOrDefault(budget.DossierId)?.Motif(debut);
            if (motif is not null)
            {
                db.AnomaliesExecution.Add(AnomalieExecution.Creer(execution.Id, budget.Id, budget.DossierId, AnomalieExecution.Ignore, motif));
                compte.Ignores++;
                continue;
            }

            var erreur = charges.Count == 0 ? null : await OrdonnerAsync(execution, budget, charges, comptes, adresses, dateExecution, cancellationToken);
            if (erreur is not null)
            {
                db.AnomaliesExecution.Add(AnomalieExecution.Creer(execution.Id, budget.Id, budget.DossierId, AnomalieExecution.Erreur, erreur));
                compte.Erreurs++;
                continue;
            }

            compte.Payes += charges.Count > 0 ? 1 : 0;
            compte.Ordres += charges.Count == 0 ? 0 : charges.GroupBy(CleDestinataire).Count();
            compte.Montant += charges.Sum(c => c.Montant);
        }
    }

    /// <summary>Queues the entry and the orders of one budget; returns why it cannot be paid, or null.</summary>
    private async Task<string?> OrdonnerAsync(
        ExecutionBudgets execution, Budget budget, IReadOnlyList<ChargePayee> charges, Dictionary<string, Compte> comptes,
        Dictionary<Guid, FicheApercu> adresses, DateOnly dateExecution, CancellationToken cancellationToken)
    {
        var lignes = new List<LigneSaisie>();
        var ordres = new List<OrdrePaiement>();
        var rang = 0;
        foreach (var groupe in charges.GroupBy(CleDestinataire))
        {
            var premiere = groupe.First().Ligne;
            var destinataire = premiere.PayeId ?? premiere.BeneficiaireId;
            if (!adresses.TryGetValue(destinataire, out var fiche) || fiche.Adresse is not { } adresse)
            {
                return $"Le destinataire {destinataire} n'a pas d'adresse postale : l'ordre de paiement ne peut être établi.";
            }

            var tiers = PlanMensuel.PayeTiers(premiere);
            var contrepartie = tiers ? TypesLigneBudget.CompteCreancier(premiere.Type) : "1050";
            var montant = groupe.Sum(c => c.Montant);
            foreach (var (ligne, paye) in groupe)
            {
                var numero = budget.Genre switch
                {
                    GenresBudget.Pret => "1062",
                    GenresBudget.Bourse => "3635",
                    _ => TypesLigneBudget.CompteCharge(ligne.Type),
                };
                lignes.Add(new LigneSaisie(
                    comptes[numero], paye, 0, ligne.BeneficiaireId, null, budget.DossierId, budget.CommuneDomicile, budget.Prestation,
                    TypesLigneBudget.TypeCharge(ligne.Type), null, ligne.Libelle));
            }

            lignes.Add(new LigneSaisie(
                comptes[contrepartie], 0, montant, null, null, budget.DossierId, budget.CommuneDomicile, budget.Prestation, null,
                tiers ? "tiers" : "beneficiaire", fiche.Nom));
            var nom = fiche.Prenom is null ? fiche.Nom : $"{fiche.Prenom} {fiche.Nom}";
            var creancier = new Creancier(
                destinataire, Libelles.Tronquer(nom, 70), adresse.Rue, adresse.Numero, adresse.Npa, adresse.Localite, adresse.Pays, premiere.Iban!,
                premiere.TypeReference ?? "NON", premiere.Reference);
            ordres.Add(OrdrePaiement.Creer(
                    OriginesOrdre.Budget, budget.DossierId, premiere.BeneficiaireId, creancier, Libelles.Tronquer($"{budget.Libelle} {execution.Mois}", 140), montant,
                    dateExecution, contrepartie, ordinaire: budget.Genre == GenresBudget.Allocation, timeProvider.Maintenant())
                .DuBudget(budget.Id, execution.Mois, rang++, execution.Id));
        }

        var ecriture = await comptabilisation.PasserAsync(
            DateOnly.ParseExact(execution.Mois + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), Libelles.Tronquer($"{budget.Libelle} — {execution.Mois}", 300),
            pieceId: null, extourneDe: null, ordinaire: false, lignes, cancellationToken);
        if (!ecriture.IsSuccess)
        {
            return ecriture.Error!.Message;
        }

        db.OrdresPaiement.AddRange(ordres);
        db.Publish(new EcheancePaiementPlanifieeIntegrationEvent(
            execution.Id, budget.Id, budget.DossierId, charges[0].Ligne.BeneficiaireId, execution.Mois, dateExecution, ordres.Sum(o => o.Montant), ordres.Count,
            $"Paiements du budget « {budget.Libelle} » ({execution.Mois})"));
        return null;
    }

    private static (Guid, string?, string?) CleDestinataire(ChargePayee charge) =>
        (charge.Ligne.PayeId ?? charge.Ligne.BeneficiaireId, charge.Ligne.Iban, charge.Ligne.Reference);

    [LoggerMessage(Level = LogLevel.Error, Message = "Budget run {ExecutionId} failed")]
    private partial void Echec(Exception ex, Guid executionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Budget run {ExecutionId}: a slice of {Count} budgets was refused by the database, writing them one by one")]
    private partial void TrancheRefusee(Exception ex, Guid executionId, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Budget run {ExecutionId}: budget {BudgetId} was refused by the database")]
    private partial void BudgetRefuse(Exception ex, Guid executionId, Guid budgetId);

    private sealed class Compteurs
    {
        public int Payes { get; set; }

        public int Ignores { get; set; }

        public int Erreurs { get; set; }

        public int Ordres { get; set; }

        public decimal Montant { get; set; }
    }
}
