namespace SocialErp.Modules.Comptabilite.Domain.Budgets;

/// <summary>How often a budget line falls due, counted in months from the start of its validity.</summary>
internal static class Periodicites
{
    public const string Mensuelle = "mensuelle";
    public const string Trimestrielle = "trimestrielle";
    public const string Semestrielle = "semestrielle";
    public const string Annuelle = "annuelle";
    public const string Unique = "unique";

    public static IReadOnlyList<string> Toutes { get; } = [Mensuelle, Trimestrielle, Semestrielle, Annuelle, Unique];

    /// <summary>Months between two due dates (0 for a one-off line).</summary>
    public static int Pas(string periodicite) => periodicite switch
    {
        Mensuelle => 1,
        Trimestrielle => 3,
        Semestrielle => 6,
        Annuelle => 12,
        _ => 0,
    };

    /// <summary>Whether a line valid from <paramref name="debut"/> falls due in the month starting <paramref name="mois"/>.</summary>
    public static bool Echoit(string periodicite, DateOnly debut, DateOnly mois)
    {
        var ecart = ((mois.Year - debut.Year) * 12) + mois.Month - debut.Month;
        var pas = Pas(periodicite);
        return ecart >= 0 && (pas == 0 ? ecart == 0 : ecart % pas == 0);
    }

    /// <summary>The monthly equivalent of an amount (a one-off line counts in full in its month only, so 0 here).</summary>
    public static decimal Mensualiser(string periodicite, decimal montant) =>
        Pas(periodicite) is var pas and > 0 ? decimal.Round(montant / pas, 2, MidpointRounding.ToEven) : 0m;
}
