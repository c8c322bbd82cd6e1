using System.Globalization;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// The periods the scheduled invoicing runs on a given day: for each periodicity, the last period ended before the
/// current month, once the month has reached <see cref="FacturationOptions.JourExecutionAutomatique"/> (before that
/// day, the periods due last month, whose run is then a no-op or a catch-up).
/// </summary>
internal static class PeriodesEchues
{
    public static IReadOnlyList<string> Au(DateOnly aujourdhui, int jourExecution)
    {
        if (jourExecution <= 0)
        {
            return [];
        }

        var mois = new DateOnly(aujourdhui.Year, aujourdhui.Month, 1);
        var fin = (aujourdhui.Day >= jourExecution ? mois : mois.AddMonths(-1)).AddDays(-1);
        var trimestre = fin.Month / 3;
        var semestre = fin.Month / 6;
        return
        [
            fin.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            trimestre == 0 ? $"{fin.Year - 1}-T4" : $"{fin.Year}-T{trimestre}",
            semestre == 0 ? $"{fin.Year - 1}-S2" : $"{fin.Year}-S{semestre}",
        ];
    }
}
