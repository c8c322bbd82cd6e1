using System.Globalization;
using System.Text;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>Lower case without accents, single spaces: what searches compare.</summary>
internal static class TexteNormalise
{
    public static string De(string texte)
    {
        var decompose = texte.Normalize(NormalizationForm.FormD);
        var resultat = new StringBuilder(decompose.Length);
        var espace = false;
        foreach (var c in decompose)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                espace = resultat.Length > 0;
                continue;
            }

            if (espace)
            {
                resultat.Append(' ');
                espace = false;
            }

            resultat.Append(char.ToLowerInvariant(c));
        }

        return resultat.ToString();
    }
}
