using System.Globalization;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>
/// How merged values read in a French-Swiss letter, without depending on the host's culture data: « 2 novembre 2026 »,
/// « CHF 1'450.00 », « 12.50 h », « 87.50 % ».
/// </summary>
internal static class FormatsFusion
{
    private static readonly string[] Mois =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly NumberFormatInfo Suisse = new() { NumberGroupSeparator = "'", NumberDecimalSeparator = ".", NumberGroupSizes = [3] };

    public static string Date(DateOnly date) =>
        $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {Mois[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string Chf(decimal montant) => "CHF " + Nombre(montant);

    public static string Heures(decimal heures) => Nombre(heures) + " h";

    public static string Pourcentage(decimal taux) => Nombre(taux) + " %";

    private static string Nombre(decimal valeur) => valeur.ToString("#,##0.00", Suisse);
}
