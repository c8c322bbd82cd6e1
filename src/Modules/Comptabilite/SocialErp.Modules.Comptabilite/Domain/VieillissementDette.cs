namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// Open social debt by age. Debits on a debt account open items dated by their entry; credits (repayments,
/// remissions) settle the oldest items first (FIFO), so what stays open is the most recent debt.
/// </summary>
internal static class VieillissementDette
{
    public static IReadOnlyList<(string Tranche, int JusquA)> Tranches { get; } =
    [
        ("0-90", 90), ("91-180", 180), ("181-365", 365), ("366-730", 730), ("plus-de-730", int.MaxValue),
    ];

    public static IReadOnlyList<(DateOnly Date, decimal Montant)> PostesOuverts(IEnumerable<(DateOnly Date, decimal Debit, decimal Credit)> mouvements)
    {
        var ouverts = new List<(DateOnly Date, decimal Montant)>();
        var avoir = 0m;
        foreach (var (date, debit, credit) in mouvements.OrderBy(m => m.Date))
        {
            if (debit > 0)
            {
                ouverts.Add((date, debit));
            }

            avoir += credit;
            while (avoir > 0 && ouverts.Count > 0)
            {
                var plusAncien = ouverts[0];
                var regle = Math.Min(avoir, plusAncien.Montant);
                avoir -= regle;
                if (regle == plusAncien.Montant)
                {
                    ouverts.RemoveAt(0);
                }
                else
                {
                    ouverts[0] = (plusAncien.Date, plusAncien.Montant - regle);
                }
            }
        }

        // A credit beyond the debt (overpayment) stays as a negative item without age.
        if (avoir > 0)
        {
            ouverts.Add((DateOnly.MinValue, -avoir));
        }

        return ouverts;
    }

    public static IReadOnlyDictionary<string, decimal> ParTranche(IEnumerable<(DateOnly Date, decimal Montant)> ouverts, DateOnly au)
    {
        var tranches = Tranches.ToDictionary(t => t.Tranche, _ => 0m);
        foreach (var (date, montant) in ouverts)
        {
            var age = date == DateOnly.MinValue ? 0 : au.DayNumber - date.DayNumber;
            tranches[Tranches.First(t => age <= t.JusquA).Tranche] += montant;
        }

        return tranches;
    }
}
