namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>CHF amounts: decimals with at most two places.</summary>
internal static class Montants
{
    public static bool AuPlusDeuxDecimales(decimal montant) => decimal.Round(montant, 2) == montant;
}
