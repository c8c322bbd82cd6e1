namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// Phone numbers in E.164 form (+41791234567): Swiss national numbers (leading 0) get +41, 00 becomes +,
/// separators go. Searches compare the digits only.
/// </summary>
internal static class NumeroTelephone
{
    private const int MinChiffres = 9;
    private const int MaxChiffres = 15;

    /// <summary>The number as +digits, or null when it is not a plausible phone number.</summary>
    public static string? Normaliser(string saisie)
    {
        var chiffres = Chiffres(saisie);
        if (chiffres is null || chiffres.Length < MinChiffres || chiffres.Length > MaxChiffres)
        {
            return null;
        }

        return "+" + chiffres;
    }

    /// <summary>The international digits of a number or of the start of one, null when it holds anything else.</summary>
    public static string? Chiffres(string saisie)
    {
        // "+41 (0)21 …": the bracketed trunk zero is dropped when dialling from abroad.
        var texte = saisie.Replace("(0)", "", StringComparison.Ordinal).Trim();
        var international = texte.StartsWith('+');
        var chiffres = new string(texte.Where(c => c is not (' ' or '.' or '-' or '/' or '(' or ')' or '+')).ToArray());
        if (chiffres.Length == 0 || !chiffres.All(char.IsAsciiDigit) || texte.LastIndexOf('+') > 0)
        {
            return null;
        }

        if (international)
        {
            return chiffres;
        }

        if (chiffres.StartsWith("00", StringComparison.Ordinal))
        {
            return chiffres[2..];
        }

        return chiffres.StartsWith('0') ? "41" + chiffres[1..] : chiffres;
    }
}
