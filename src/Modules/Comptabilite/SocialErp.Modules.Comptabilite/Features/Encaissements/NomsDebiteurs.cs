using System.Globalization;
using System.Text;

namespace SocialErp.Modules.Comptabilite.Features.Encaissements;

/// <summary>
/// Compares a payer's name as the bank reports it with an invoice's debtor: case, accents, punctuation and word
/// order do not matter ("ROCHAT LINE" = "Line Rochat").
/// </summary>
internal static class NomsDebiteurs
{
    public static string Cle(string? nom)
    {
        if (string.IsNullOrWhiteSpace(nom))
        {
            return string.Empty;
        }

        var sansAccents = new StringBuilder();
        foreach (var c in nom.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sansAccents.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return string.Join(' ', sansAccents.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }
}
