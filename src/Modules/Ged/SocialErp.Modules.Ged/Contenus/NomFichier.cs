using System.Globalization;
using System.Text;

namespace SocialErp.Modules.Ged.Contenus;

/// <summary>
/// Makes a client's file name safe to store and to send back in Content-Disposition: no path, no control or reserved
/// characters, no leading dots, at most 150 characters keeping the extension; letters with accents are kept.
/// </summary>
internal static class NomFichier
{
    private const int Longueur = 150;
    private static readonly char[] Interdits = ['/', '\\', ':', '*', '?', '"', '<', '>', '|', ';'];

    public static string Assainir(string? nom, string parDefaut = "document")
    {
        var brut = (nom ?? "").Replace('\\', '/');
        brut = brut[(brut.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var propre = new StringBuilder(brut.Length);
        foreach (var c in brut)
        {
            var categorie = char.GetUnicodeCategory(c);
            if (char.IsControl(c) || categorie is UnicodeCategory.Format or UnicodeCategory.Surrogate || Interdits.Contains(c))
            {
                propre.Append('_');
            }
            else
            {
                propre.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        var resultat = propre.ToString().Trim().TrimStart('.').Trim();
        if (resultat.Length == 0 || resultat.All(c => c == '_'))
        {
            return parDefaut;
        }

        if (resultat.Length > Longueur)
        {
            var extension = Path.GetExtension(resultat);
            extension = extension.Length is > 0 and <= 10 ? extension : "";
            resultat = resultat[..(Longueur - extension.Length)].TrimEnd() + extension;
        }

        return resultat;
    }
}
