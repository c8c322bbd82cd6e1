using System.Globalization;
using SocialErp.Modules.Comptabilite.Contracts.Queries;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>
/// The <c>budget.*</c> merge fields, from the dossier's budget valid today (the allocation budget when there are
/// several): monthly totals, one line per budget line, and <c>budget.&lt;type&gt;</c> for the monthly amount of a
/// type of line (<c>budget.loyer</c>, <c>budget.salaire</c>…). Amounts in the Swiss form, « CHF 1'450.00 ».
/// </summary>
internal static class ValeursBudget
{
    public static void Ajouter(Dictionary<string, string?> valeurs, IReadOnlyList<BudgetApercu> budgets)
    {
        if (budgets.Count == 0)
        {
            return;
        }

        var budget = budgets[0];
        valeurs["budget.totalCharges"] = Chf(budget.TotalCharges);
        valeurs["budget.totalRessources"] = Chf(budget.TotalRessources);
        valeurs["budget.besoinNet"] = Chf(budget.BesoinNet);
        valeurs["budget.du"] = budget.Du.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        valeurs["budget.lignes"] = budget.Lignes.Count == 0
            ? null
            : string.Join('\n', budget.Lignes.Select(l => $"{l.Libelle} : {Chf(l.MontantMensuel)}"));
        foreach (var type in budget.Lignes.GroupBy(l => l.Type))
        {
            valeurs[CatalogueChamps.PrefixeBudget + type.Key] = Chf(type.Sum(l => l.MontantMensuel));
        }
    }

    private static string Chf(decimal montant) => FormatsFusion.Chf(montant);
}
