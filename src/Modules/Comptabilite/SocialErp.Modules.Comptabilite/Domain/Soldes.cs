namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>Debit, credit and balance (debit − credit) of a group of lines.</summary>
internal sealed record Solde(string Cle, decimal Debit, decimal Credit)
{
    public decimal Montant => Debit - Credit;

    public static IReadOnlyList<Solde> Par(IEnumerable<MouvementLigne> lignes, Func<MouvementLigne, string?> cle) =>
        lignes
            .GroupBy(l => cle(l) ?? "aucun")
            .Select(g => new Solde(g.Key, g.Sum(l => l.Debit), g.Sum(l => l.Credit)))
            .OrderBy(s => s.Cle, StringComparer.Ordinal)
            .ToList();
}
