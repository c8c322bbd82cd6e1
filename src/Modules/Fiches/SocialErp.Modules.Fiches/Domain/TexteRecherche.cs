using System.Globalization;
using System.Text;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>Lower-case, accent-free text, so searches match "Müller" with "muller" on every database.</summary>
internal static class TexteRecherche
{
    public static string Normaliser(params string?[] parties)
    {
        var texte = string.Join(' ', parties.Where(p => !string.IsNullOrWhiteSpace(p))).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(texte.Length);
        foreach (var c in texte)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
