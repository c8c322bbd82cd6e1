namespace SocialErp.Modules.Comptabilite.Banque.Identifiants;

/// <summary>
/// ISO 7064 MOD 97-10 as IBAN and ISO 11649 use it: letters count as two digits (A = 10 … Z = 35) and the
/// remainder is computed digit by digit, so references of any length never overflow.
/// </summary>
internal static class Modulo97
{
    /// <summary>The remainder modulo 97 of <paramref name="alphanumerique"/> (digits and upper-case letters only).</summary>
    public static int Reste(string alphanumerique)
    {
        var reste = 0;
        foreach (var c in alphanumerique)
        {
            reste = c is >= 'A' and <= 'Z'
                ? ((reste * 100) + (c - 'A' + 10)) % 97
                : ((reste * 10) + (c - '0')) % 97;
        }

        return reste;
    }

    /// <summary>Whether every character is an ASCII digit or upper-case letter.</summary>
    public static bool EstAlphanumerique(string texte) => texte.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    /// <summary>The input without spaces, upper-cased: how IBANs and references are typed, printed and pasted.</summary>
    public static string Compacter(string saisie) =>
        string.Concat(saisie.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>Groups of four characters from the left, as printed on invoices and statements.</summary>
    public static string GroupesDeQuatre(string compact) =>
        string.Join(' ', compact.Chunk(4).Select(groupe => new string(groupe)));
}
