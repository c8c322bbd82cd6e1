namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>Money on the wire: CHF with exactly two decimals (100 → 100.00).</summary>
internal static class Chf
{
    public static decimal Montant(decimal valeur) => decimal.Round(valeur, 2, MidpointRounding.ToEven) + 0.00m;
}
