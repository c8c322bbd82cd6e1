namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// Splits an amount over an invoice's lines in proportion to their amounts, to the centime, the last line taking the
/// rounding remainder: payments and partial credit notes keep each line's person, dossier and commune on the
/// receivable side, and the parts always add up to the amount.
/// </summary>
internal static class Repartition
{
    public static IReadOnlyList<decimal> ProRata(IReadOnlyList<decimal> poids, decimal montant)
    {
        var total = poids.Sum();
        var parts = new decimal[poids.Count];
        var reparti = 0m;
        for (var i = 0; i < poids.Count - 1; i++)
        {
            parts[i] = total == 0 ? 0 : decimal.Round(montant * poids[i] / total, 2, MidpointRounding.AwayFromZero);
            reparti += parts[i];
        }

        parts[^1] = montant - reparti;
        return parts;
    }
}
