using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Contracts.Queries;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite.Queries;

/// <summary>
/// The budgets of a dossier as valid on a date, lines brought to a month, for other modules (mail merge). An invisible
/// dossier answers nothing; outside a request it reads for the system.
/// </summary>
internal sealed class BudgetsLecture(ComptabiliteDbContext db, DimensionsVisibles visibles, ICurrentUser user) : IBudgetsLecture
{
    public async Task<IReadOnlyList<BudgetApercu>> ValidesAuAsync(Guid dossierId, DateOnly date, CancellationToken cancellationToken)
    {
        if (user.IsAuthenticated && !await visibles.DossierAsync(dossierId, cancellationToken))
        {
            return [];
        }

        var budgets = await db.Budgets.AsNoTracking().Include(b => b.Versions).ThenInclude(v => v.Lignes).AsSplitQuery()
            .Where(b => b.DossierId == dossierId)
            .ToListAsync(cancellationToken);
        return budgets
            .Select(b => (Budget: b, Version: b.ValideEn(date, date)))
            .Where(b => b.Version is not null)
            .OrderBy(b => b.Budget.Genre == GenresBudget.Allocation ? 0 : 1).ThenBy(b => b.Budget.Libelle, StringComparer.Ordinal)
            .Select(b => Apercu(b.Budget, b.Version!, date))
            .ToList();
    }

    private static BudgetApercu Apercu(Budget budget, VersionBudget version, DateOnly date) => new(
        budget.Id,
        budget.Genre,
        budget.Libelle,
        version.Numero,
        version.Du,
        version.Au,
        version.TotalCharges,
        version.TotalRessources,
        version.BesoinNet,
        version.Lignes
            .Where(l => l.Du <= date && (l.Au is null || l.Au >= date))
            .OrderBy(l => l.Ordre)
            .Select(l => new LigneBudgetApercu(l.Sens, l.Type, l.Libelle, Periodicites.Mensualiser(l.Periodicite, l.Montant)))
            .ToList());
}
