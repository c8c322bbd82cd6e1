using System.Globalization;
using System.Text;

namespace SocialErp.Modules.Comptabilite.Banque;

/// <summary>
/// Character sets of Swiss payment messages. Identifiers (MsgId, PmtInfId, InstrId, EndToEndId) must stay within
/// the SWIFT set <c>a-z A-Z 0-9 / - ? : ( ) . , ' +</c> and space (the <c>Max35Text_pain001_ch</c> pattern).
/// Texts (names, addresses, messages) may use the Swiss Payment Standards Latin set: Basic Latin, Latin-1
/// Supplement, Latin Extended-A, €, Ș ș Ț ț, no control characters — the same set the QR-bill accepts.
/// Sanitising rather than refusing: these values come from our own records, and a bank file must not fail on an
/// accent or an emoji typed into a name.
/// </summary>
internal static class CaracteresIso20022
{
    private const string PonctuationSwift = "/-?:().,'+ ";

    public static bool EstSwift(char c) => char.IsAsciiLetterOrDigit(c) || PonctuationSwift.Contains(c, StringComparison.Ordinal);

    public static bool EstTexteSps(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\u017F') or '€' or 'Ș' or 'ș' or 'Ț' or 'ț';

    /// <summary>
    /// An identifier in the SWIFT set: umlauts spelled out (ä → ae, ß → ss), other accents dropped, anything else
    /// replaced by <c>.</c>, cut to <paramref name="longueurMaximale"/>.
    /// </summary>
    public static string Identifiant(string texte, int longueurMaximale = 35)
    {
        var resultat = new StringBuilder(texte.Length);
        foreach (var c in Translitterer(texte.Trim()))
        {
            resultat.Append(EstSwift(c) ? c : '.');
        }

        return Couper(resultat.ToString(), longueurMaximale);
    }

    /// <summary>
    /// A text in the SPS Latin set: characters outside it become their unaccented letter when they have one,
    /// otherwise they are dropped (emojis and other characters beyond the basic plane too); runs of white space collapse; cut to <paramref name="longueurMaximale"/>.
    /// </summary>
    public static string Texte(string texte, int longueurMaximale)
    {
        var resultat = new StringBuilder(texte.Length);
        foreach (var c in texte)
        {
            if (char.IsWhiteSpace(c))
            {
                resultat.Append(' ');
            }
            else if (EstTexteSps(c))
            {
                resultat.Append(c);
            }
            else if (!char.IsSurrogate(c))
            {
                resultat.Append(Translitterer(c.ToString()).Where(EstTexteSps).ToArray());
            }
        }

        var compact = string.Join(' ', resultat.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Couper(compact, longueurMaximale);
    }

    private static string Translitterer(string texte)
    {
        var epele = texte
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);
        return string.Concat(epele.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .Normalize(NormalizationForm.FormC);
    }

    private static string Couper(string texte, int longueurMaximale) =>
        texte.Length <= longueurMaximale ? texte : texte[..longueurMaximale].TrimEnd();
}
