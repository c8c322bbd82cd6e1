namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

/// <summary>
/// The differences a month's run bills: for every session (or forfait) and funder due now or already billed in the
/// month, what is due minus what its movements add up to, to the centime. A credit never exceeds what was billed; an
/// object left alone (billed under a convention the funding no longer holds) yields nothing; no difference, no line.
/// </summary>
internal static class DifferencesSeances
{
    public static IReadOnlyList<DifferenceSeance> Calculer(IEnumerable<DuSeance> dus, IEnumerable<DejaFacture> facturees, IReadOnlySet<Guid> laissees)
    {
        var parCle = facturees.ToDictionary(f => (f.ObjetId, f.FinanceurId));
        var differences = new List<DifferenceSeance>();
        foreach (var du in dus.Where(d => !laissees.Contains(d.ObjetId)))
        {
            var deja = parCle.GetValueOrDefault((du.ObjetId, du.FinanceurId));
            parCle.Remove((du.ObjetId, du.FinanceurId));
            Ajouter(differences, du.ObjetId, du.FinanceurId, du.Nature, du.Jour, du.DureeHeures, du.Heures, du.Montant, deja);
        }

        foreach (var deja in parCle.Values.Where(f => !laissees.Contains(f.ObjetId)))
        {
            Ajouter(differences, deja.ObjetId, deja.FinanceurId, deja.Nature, deja.Jour, 0m, 0m, 0m, deja);
        }

        return [.. differences.OrderBy(d => d.Jour).ThenBy(d => d.Nature).ThenBy(d => d.ObjetId).ThenBy(d => d.FinanceurId)];
    }

    private static void Ajouter(
        List<DifferenceSeance> differences, Guid objetId, Guid financeurId, string nature, DateOnly jour, decimal duree, decimal heuresDues, decimal montantDu,
        DejaFacture? deja)
    {
        var facture = deja?.Montant ?? 0m;
        var montant = Math.Max(decimal.Round(montantDu, 2, MidpointRounding.AwayFromZero) - facture, -Math.Max(facture, 0m));
        if (montant != 0m)
        {
            differences.Add(new DifferenceSeance(
                objetId, financeurId, nature, deja?.Jour ?? jour, duree, heuresDues, deja?.Heures ?? 0m, montantDu, montant, (deja?.Mouvements ?? 0) + 1));
        }
    }
}
