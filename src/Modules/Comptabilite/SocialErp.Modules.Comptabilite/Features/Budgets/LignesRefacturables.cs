using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.ExecutionsBudgets;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Budgets;

/// <summary>A re-billable budget charge the run paid in one month, and how much of it the budget paid.</summary>
internal sealed record LigneRefacturable(Guid BudgetId, Guid LigneId, Guid DossierId, Guid BeneficiaireId, string Libelle, string Mois, decimal Montant);

/// <summary>
/// The internal query debtor invoicing reads: the charges re-billable to a debtor, month by month, for the months a
/// budget run ordered the budget (the month of payment) that are not yet billed to that debtor. The amount is what the
/// month's plan paid of the charge (resources may cover part of it), from the version valid that month.
/// </summary>
internal sealed class LignesRefacturables(ComptabiliteDbContext db)
{
    /// <summary>
    /// The items of one dossier (a debtor agreement) or of every dossier (null: a one-off invoice, the caller filters
    /// visibility), for the months from <paramref name="depuis"/> to <paramref name="jusqua"/> (AAAA-MM).
    /// </summary>
    public async Task<IReadOnlyList<LigneRefacturable>> LireAsync(
        Guid debiteurId, Guid? dossierId, string depuis, string jusqua, CancellationToken cancellationToken)
    {
        var budgets = await db.Budgets.AsNoTracking().Include(b => b.Versions).ThenInclude(v => v.Lignes).AsSplitQuery()
            .Where(b => (dossierId == null || b.DossierId == dossierId) && b.Versions.Any(v => v.Lignes.Any(l => l.RefactureA == debiteurId)))
            .ToDictionaryAsync(b => b.Id, cancellationToken);
        if (budgets.Count == 0)
        {
            return [];
        }

        var ids = budgets.Keys.ToList();
        var payes = await db.OrdresPaiement.Where(o => o.BudgetId != null && ids.Contains(o.BudgetId.Value))
            .Select(o => new { BudgetId = o.BudgetId!.Value, Mois = o.Mois! }).Distinct().ToListAsync(cancellationToken);
        var deja = (await db.RefacturationsBudget.Where(r => r.DebiteurId == debiteurId && ids.Contains(r.BudgetId))
            .Select(r => new { r.BudgetId, r.Mois }).ToListAsync(cancellationToken)).ToHashSet();
        var resultat = new List<LigneRefacturable>();
        foreach (var paye in payes.Where(p => string.CompareOrdinal(p.Mois, depuis) >= 0 && string.CompareOrdinal(p.Mois, jusqua) <= 0 && !deja.Contains(p))
                     .OrderBy(p => p.Mois, StringComparer.Ordinal).ThenBy(p => p.BudgetId))
        {
            var budget = budgets[paye.BudgetId];
            var debut = DateOnly.ParseExact(paye.Mois + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var version = budget.ValideEn(debut, debut.AddMonths(1).AddDays(-1));
            if (version is null)
            {
                continue;
            }

            resultat.AddRange(PlanMensuel.Calculer(version, debut).Where(c => c.Ligne.RefactureA == debiteurId).Select(c => new LigneRefacturable(
                budget.Id, c.Ligne.Id, budget.DossierId, c.Ligne.BeneficiaireId, c.Ligne.Libelle, paye.Mois, c.Montant)));
        }

        return resultat;
    }

    /// <summary>The invoice lines of the items (revenue account by kind of debtor) and the months they take.</summary>
    public static (List<LigneFactureSaisie> Lignes, List<(Guid BudgetId, string Mois)> Mois) Facturer(IReadOnlyList<LigneRefacturable> postes, string compteRevenu) => (
        postes.Select(p => new LigneFactureSaisie(
            $"{p.Libelle} ({p.Mois})", 1m, p.Montant, p.Montant, compteRevenu, p.BeneficiaireId, p.DossierId, PosteBudgetId: p.LigneId)).ToList(),
        postes.Select(p => (p.BudgetId, p.Mois)).Distinct().ToList());

    /// <summary>Marks the months billed to the debtor by the invoice (the caller saves).</summary>
    public void Marquer(IEnumerable<(Guid BudgetId, string Mois)> mois, Guid debiteurId, Guid factureId) =>
        db.RefacturationsBudget.AddRange(mois.Select(m => RefacturationBudget.Enregistrer(m.BudgetId, m.Mois, debiteurId, factureId)));
}
