namespace SocialErp.Modules.Comptabilite.Features.Budgets;

/// <summary>
/// Configuration of budgets and their runs (section <c>Comptabilite:Budgets</c>). The SKOS/CSIAS basic maintenance
/// scale is configuration: a canton adapts it when the conference updates its norms.
/// </summary>
internal sealed class BudgetsOptions
{
    public const string Section = "Comptabilite:Budgets";

    /// <summary>Monthly basic maintenance for a household of 1, 2, 3… persons (CSIAS norms 2025).</summary>
    public decimal[] EntretienDeBase { get; set; } = [1061m, 1623m, 1973m, 2271m, 2568m, 2866m, 3163m];

    /// <summary>Added per person beyond the last size of <see cref="EntretienDeBase"/>.</summary>
    public decimal SupplementParPersonne { get; set; } = 297m;

    /// <summary>Day of the month the month's payments are executed (capped to the month's length).</summary>
    public int JourExecution { get; set; } = 1;

    /// <summary>From this day of a month, the scheduled job runs the next month's budgets (0: no scheduled run).</summary>
    public int JourExecutionAutomatique { get; set; } = 20;

    /// <summary>When the scheduled job looks whether a run is due (Quartz cron, daily).</summary>
    public string Cron { get; set; } = "0 30 5 * * ?";

    /// <summary>Budgets written between two saves of a run (progress is visible at each save).</summary>
    public int TailleTranche { get; set; } = 250;

    public decimal Entretien(int tailleMenage) =>
        tailleMenage <= EntretienDeBase.Length
            ? EntretienDeBase[Math.Max(tailleMenage, 1) - 1]
            : EntretienDeBase[^1] + ((tailleMenage - EntretienDeBase.Length) * SupplementParPersonne);

    public DateOnly DateExecution(DateOnly mois) => new(mois.Year, mois.Month, Math.Min(Math.Max(JourExecution, 1), DateTime.DaysInMonth(mois.Year, mois.Month)));
}
