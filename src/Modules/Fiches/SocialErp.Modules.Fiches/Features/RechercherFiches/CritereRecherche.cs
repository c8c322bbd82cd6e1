using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>
/// What a <c>q</c> asks for, as ranges of search keys: each group must be matched by one key of the fiche
/// (a word prefix per word; the digits of an AVS or phone number in one of their forms; an e-mail address).
/// </summary>
internal sealed record CritereRecherche(IReadOnlyList<IReadOnlyList<(string De, string A)>> Groupes)
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
            return new CritereRecherche([[Prefixe(TermesRecherche.Email(texte))]]);
        }

        if (texte.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '/' or '+' or '(' or ')')
            && texte.Count(char.IsAsciiDigit) >= MinChiffres)
        {
            var brut = new string(texte.Where(char.IsAsciiDigit).ToArray());
            var telephone = NumeroTelephone.Chiffres(texte) ?? brut;
            return new CritereRecherche([new[] { brut, telephone }.Distinct().Select(Prefixe).ToList()]);
        }

        return new CritereRecherche(TermesRecherche.Mots(texte).Distinct().Select(m => (IReadOnlyList<(string, string)>)[Prefixe(m)]).ToList());
    }

    private static (string De, string A) Prefixe(string prefixe) => (prefixe, TermesRecherche.BorneSuperieure(prefixe));
}
