using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>
/// What a <c>q</c> asks for, as ranges of search keys, one per word, each to be matched by one key of the fiche
/// (a word prefix; the digits of an AVS or phone number; an e-mail address). One range per word keeps every search
/// an index range scan: digits are read in the form the keys are stored in — international for a phone
/// (079 → 4179; no stored key starts with 0), as typed otherwise (AVS numbers start with 756).
/// </summary>
internal sealed record CritereRecherche(IReadOnlyList<(string De, string A)> Prefixes)
{
    private const int MinChiffres = 3;

    public static CritereRecherche Lire(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return new CritereRecherche([]);
        }

        var texte = q.Trim();
        if (texte.Contains('@', StringComparison.Ordinal))
        {
            return new CritereRecherche([Prefixe(TermesRecherche.Email(texte))]);
        }

        if (texte.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '/' or '+' or '(' or ')')
            && texte.Count(char.IsAsciiDigit) >= MinChiffres)
        {
            var brut = new string(texte.Where(char.IsAsciiDigit).ToArray());
            return new CritereRecherche([Prefixe(NumeroTelephone.Chiffres(texte) ?? brut)]);
        }

        return new CritereRecherche(TermesRecherche.Mots(texte).Distinct().Select(Prefixe).ToList());
    }

    private static (string De, string A) Prefixe(string prefixe) => (prefixe, TermesRecherche.BorneSuperieure(prefixe));
}
