using System.Globalization;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Statistiques.Production.TableauxDeBord;

/// <summary>The months a dashboard covers: <c>du</c> to <c>au</c> (AAAA-MM), by default the twelve months up to the current one.</summary>
internal sealed record PeriodeTableau(DateOnly Debut, DateOnly Fin)
{
    public const int MoisMaximum = 120;

    public string Du => Debut.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string Au => Fin.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public IReadOnlyList<(string Code, DateOnly Debut, DateOnly Fin)> Mois()
    {
        var mois = new List<(string, DateOnly, DateOnly)>();
        for (var debut = Debut; debut <= Fin; debut = debut.AddMonths(1))
        {
            mois.Add((debut.ToString("yyyy-MM", CultureInfo.InvariantCulture), debut, debut.AddMonths(1).AddDays(-1)));
        }

        return mois;
    }

    public static Result<PeriodeTableau> Lire(string? du, string? au, DateOnly aujourdhui)
    {
        var courant = new DateOnly(aujourdhui.Year, aujourdhui.Month, 1);
        var fin = courant;
        if (au is not null && !TryMois(au, out fin))
        {
            return Error.Validation("au", $"Mois invalide « {au} » (attendu AAAA-MM).");
        }

        var debut = fin.AddMonths(-11);
        if (du is not null && !TryMois(du, out debut))
        {
            return Error.Validation("du", $"Mois invalide « {du} » (attendu AAAA-MM).");
        }

        if (fin > courant)
        {
            return Error.Validation("au", $"Le mois {au} n'a pas commencé.");
        }

        if (debut > fin)
        {
            return Error.Validation("du", "Le début (du) doit précéder la fin (au).");
        }

        return ((fin.Year - debut.Year) * 12) + fin.Month - debut.Month + 1 > MoisMaximum
            ? Error.Validation("du", $"Un tableau de bord couvre au plus {MoisMaximum} mois.")
            : new PeriodeTableau(debut, fin.AddMonths(1).AddDays(-1));
    }

    private static bool TryMois(string texte, out DateOnly mois) =>
        DateOnly.TryParseExact(texte + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out mois) && mois.Year >= 1900;
}
