namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// Swiss enterprise identification number (IDE/UID): CHE + 9 digits, the last a mod-11 check digit with
/// weights 5 4 3 2 7 6 5 4; shown CHE-123.456.789.
/// </summary>
internal static class NumeroIde
{
    private static readonly int[] Poids = [5, 4, 3, 2, 7, 6, 5, 4];

    /// <summary>"CHE" and the 9 digits without separators, or null when <paramref name="saisie"/> is not a valid number.</summary>
    public static string? Normaliser(string saisie)
    {
        var compact = new string(saisie.Where(c => c is not ('.' or ' ' or '-')).ToArray()).ToUpperInvariant();
        if (compact.Length != 12 || !compact.StartsWith("CHE", StringComparison.Ordinal) || !compact[3..].All(char.IsAsciiDigit))
        {
            return null;
        }

        return Cle(compact[3..11]) == compact[11] - '0' ? compact : null;
    }

    /// <summary>The check digit of 8 digits, or -1 when none exists (the number is never issued).</summary>
    public static int Cle(string huitChiffres)
    {
        var somme = 0;
        for (var i = 0; i < 8; i++)
        {
            somme += (huitChiffres[i] - '0') * Poids[i];
        }

        var cle = 11 - (somme % 11);
        return cle switch
        {
            11 => 0,
            10 => -1,
            _ => cle,
        };
    }

    public static string Formater(string normalise) =>
        $"CHE-{normalise[3..6]}.{normalise[6..9]}.{normalise[9..]}";
}
