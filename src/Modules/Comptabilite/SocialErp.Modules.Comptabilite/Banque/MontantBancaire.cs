using System.Globalization;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque;

/// <summary>
/// Amounts in bank messages and QR-bills: positive, at most two decimals, at most 999 999 999.99 (the QR-bill
/// and SPS limit), written with a point and exactly two decimals.
/// </summary>
internal static class MontantBancaire
{
    public const decimal Maximum = 999_999_999.99m;

    public static Error? Verifier(decimal montant, string champ = "montant")
    {
        if (montant <= 0)
        {
            return BanqueErrors.MontantInvalide(champ, "Le montant doit être positif.");
        }

        if (montant > Maximum)
        {
            return BanqueErrors.MontantInvalide(champ, $"Le montant dépasse le maximum de {Ecrire(Maximum)}.");
        }

        return decimal.Round(montant, 2) != montant
            ? BanqueErrors.MontantInvalide(champ, "Le montant a au plus deux décimales.")
            : null;
    }

    /// <summary><c>1234.50</c>: invariant culture, two decimals.</summary>
    public static string Ecrire(decimal montant) => montant.ToString("0.00", CultureInfo.InvariantCulture);
}
