using System.Globalization;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Statistiques.Domain.Modeles;

/// <summary>A reporting period: a month (<c>2026-10</c>), a quarter (<c>2026-T3</c>) or a year (<c>2026</c>).</summary>
internal sealed record PeriodeStatistique(string Code, DateOnly Debut, DateOnly Fin)
{
    public static readonly string[] Types = ["mois", "trimestre", "annee"];

    public IEnumerable<string> Mois()
    {
        for (var mois = Debut; mois <= Fin; mois = mois.AddMonths(1))
        {
            yield return mois.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
    }

    public static Result<PeriodeStatistique> Lire(string? type, string? code, DateOnly aujourdhui)
    {
        var periode = Analyser(type, code);
        if (periode is null)
        {
            var forme = type switch { "mois" => "AAAA-MM", "trimestre" => "AAAA-T1 à AAAA-T4", _ => "AAAA" };
            return Error.Validation("periode", $"Période invalide pour un modèle par {type} : « {code} » (attendu {forme}).");
        }

        return periode.Debut > aujourdhui
            ? Error.Validation("periode", $"La période {code} n'a pas commencé : on ne produit pas de statistique d'une période future.")
            : periode;
    }

    /// <summary>The period of this kind just before the one containing <paramref name="date"/>.</summary>
    public static PeriodeStatistique Precedente(string type, DateOnly date) => type switch
    {
        "mois" => Analyser(type, date.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture))!,
        "trimestre" => Analyser(type, $"{date.AddMonths(-3).Year}-T{((date.AddMonths(-3).Month - 1) / 3) + 1}")!,
        _ => Analyser(type, (date.Year - 1).ToString(CultureInfo.InvariantCulture))!,
    };

    private static PeriodeStatistique? Analyser(string? type, string? code)
    {
        if (code is null)
        {
            return null;
        }

        switch (type)
        {
            case "mois" when DateOnly.TryParseExact(code + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var debut):
                return new PeriodeStatistique(code, debut, debut.AddMonths(1).AddDays(-1));
            case "trimestre" when code.Length == 7 && code[4..6] == "-T" && int.TryParse(code[..4], CultureInfo.InvariantCulture, out var annee)
                && annee is >= 1900 and <= 9999 && code[6] is >= '1' and <= '4':
                var premier = new DateOnly(annee, ((code[6] - '1') * 3) + 1, 1);
                return new PeriodeStatistique(code, premier, premier.AddMonths(3).AddDays(-1));
            case "annee" when code.Length == 4 && int.TryParse(code, CultureInfo.InvariantCulture, out var an) && an >= 1900:
                return new PeriodeStatistique(code, new DateOnly(an, 1, 1), new DateOnly(an, 12, 31));
            default:
                return null;
        }
    }
}
