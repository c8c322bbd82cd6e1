using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Budgets;

/// <summary>A budget charge marked re-billable, due in one month of the period asked.</summary>
internal sealed record LigneRefacturable(Guid BudgetId, Guid LigneId, Guid DossierId, Guid BeneficiaireId, string Type, string Libelle, string Mois, decimal Montant);

/// <summary>
/// The internal query debtor invoicing reads: the re-billable charges of a dossier's budgets, month by month, each
/// from the version valid that month (budget lines are not re-billed by the budget run itself).
/// </summary>
internal sealed class LignesRefacturables(ComptabiliteDbContext db)
{
    public async Task<IReadOnlyList<LigneRefacturable>> LireAsync(Guid dossierId, DateOnly du, DateOnly au, CancellationToken cancellationToken)
    {
        var budgets = await db.Budgets.AsNoTracking().Include(b => b.Versions).ThenInclude(v => v.Lignes).AsSplitQuery()
            .Where(b => b.DossierId == dossierId && b.Versions.Any(v => v.Lignes.Any(l => l.Refacturable)))
            .ToListAsync(cancellationToken);
        var resultat = new List<LigneRefacturable>();
        for (var mois = new DateOnly(du.Year, du.Month, 1); mois <= au; mois = mois.AddMonths(1))
        {
            var fin = mois.AddMonths(1).AddDays(-1);
            foreach (var budget in budgets)
            {
                var version = budget.ValideEn(mois, fin);
                resultat.AddRange(version?.Lignes.Where(l => l.Refacturable && l.EstCharge && l.DuDansLeMois(mois) > 0).Select(l => new LigneRefacturable(
                    budget.Id, l.Id, budget.DossierId, l.BeneficiaireId, l.Type, l.Libelle, $"{mois:yyyy-MM}", l.DuDansLeMois(mois))) ?? []);
            }
        }

        return resultat;
    }
}
