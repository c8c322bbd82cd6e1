using System.Buffers;

namespace SocialErp.BuildingBlocks.Export;

/// <summary>
/// One CSV field as spreadsheets read it (RFC 4180): quoted when it holds the separator, a quote or a line break,
/// quotes doubled.
/// </summary>
public static class ChampCsv
{
    private static readonly SearchValues<char> Nombre = SearchValues.Create("0123456789 .");

    public static string Echapper(string? valeur, string separateur = ";") =>
        valeur is null ? string.Empty
        : valeur.Contains(separateur, StringComparison.Ordinal) || valeur.IndexOfAny(['"', '\r', '\n']) >= 0
            ? $"\"{valeur.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : valeur;

    /// <summary>
    /// A value typed by a user (a name, a street): one a spreadsheet would run as a formula (starting with =, @, a tab
    /// or a carriage return, or with + or - not followed by a plain number such as +41791234567) gets a leading
    /// apostrophe, so an export opened in Excel cannot execute what someone typed into a fiche (CSV injection).
    /// </summary>
    public static string EchapperSaisie(string? valeur, string separateur = ";") =>
        Echapper(valeur is not null && EstFormule(valeur) ? "'" + valeur : valeur, separateur);

    private static bool EstFormule(string valeur) =>
        valeur.Length > 0 && valeur[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            '+' or '-' => valeur.AsSpan(1).ContainsAnyExcept(Nombre),
            _ => false,
        };
}
