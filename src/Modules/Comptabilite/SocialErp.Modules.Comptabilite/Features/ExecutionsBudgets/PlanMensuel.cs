using SocialErp.Modules.Comptabilite.Domain.Budgets;

namespace SocialErp.Modules.Comptabilite.Features.ExecutionsBudgets;

/// <summary>A charge of the month and what the budget pays of it.</summary>
internal sealed record ChargePayee(LigneBudget Ligne, decimal Montant);

/// <summary>
/// What a budget pays in a month: the net need (charges due − resources due), spent on the charges in order —
/// third parties first (rent, premiums: what must not go unpaid), then what goes to the beneficiary — so resources
/// reduce the beneficiary's own part first. Nothing is paid when resources cover the charges.
/// </summary>
internal static class PlanMensuel
{
    public static IReadOnlyList<ChargePayee> Calculer(VersionBudget version, DateOnly mois)
    {
        var dues = version.Lignes.Select(l => (Ligne: l, Montant: l.DuDansLeMois(mois))).Where(d => d.Montant > 0).ToList();
        var reste = dues.Where(d => d.Ligne.EstCharge).Sum(d => d.Montant) - dues.Where(d => !d.Ligne.EstCharge).Sum(d => d.Montant);
        var payees = new List<ChargePayee>();
        foreach (var (ligne, montant) in dues.Where(d => d.Ligne.EstCharge).OrderBy(d => PayeTiers(d.Ligne) ? 0 : 1).ThenBy(d => d.Ligne.Ordre))
        {
            var paye = Math.Min(montant, reste);
            if (paye <= 0)
            {
                break;
            }

            payees.Add(new ChargePayee(ligne, paye));
            reste -= paye;
        }

        return payees;
    }

    public static bool PayeTiers(LigneBudget ligne) => ligne.PayeId is { } paye && paye != ligne.BeneficiaireId;
}
