namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// The search keys of a fiche: each word of its names, accent- and case-free; its e-mail addresses in lower
/// case; its phone numbers and AVS number as digits. A search matches keys by prefix, which an ordinary
/// index answers on every database as a range (<c>terme &gt;= 'mul' AND terme &lt; 'mum'</c>).
/// </summary>
internal static class TermesRecherche
{
    public const int MaxLength = 254;

    /// <summary>Accent- and case-free words of the given texts (letters and digits; other characters separate).</summary>
    public static IEnumerable<string> Mots(params string?[] textes)
    {
        var normalise = TexteRecherche.Normaliser(textes);
        var debut = -1;
        for (var i = 0; i <= normalise.Length; i++)
        {
            var lettre = i < normalise.Length && char.IsLetterOrDigit(normalise[i]);
            if (lettre && debut < 0)
            {
                debut = i;
            }
            else if (!lettre && debut >= 0)
            {
                yield return Tronquer(normalise[debut..i]);
                debut = -1;
            }
        }
    }

    public static string Email(string email) => Tronquer(email.Trim().ToLowerInvariant());

    /// <summary>The exclusive upper bound of the keys starting with <paramref name="prefixe"/>.</summary>
    public static string BorneSuperieure(string prefixe) =>
        prefixe[..^1] + (char)(prefixe[^1] + 1);

    private static string Tronquer(string terme) => terme.Length > MaxLength ? terme[..MaxLength] : terme;
}
