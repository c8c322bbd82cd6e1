namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>Debit, credit and balance (debit − credit) of a group of lines.</summary>
internal sealed record Solde(string Cle, decimal Debit, decimal Credit)
{
    public decimal Montant => Debit - Credit;

    public static IReadOnlyList<Solde> Par(IEnumerable<MouvementLigne> lignes, Func<MouvementLigne, string?> cle) =>
        Par(lignes.Select(l => (Cle: cle(l), l.Debit, l.Credit)));

    public static IReadOnlyList<Solde> Par(IEnumerable<Cumul> cumuls, Func<Cumul, string?> cle) =>
        Par(cumuls.Select(c => (Cle: cle(c), c.Debit, c.Credit)));

    private static List<Solde> Par(IEnumerable<(string? Cle, decimal Debit, decimal Credit)> montants) =>
        montants
            .GroupBy(m => m.Cle ?? "aucun")
            .Select(g => new Solde(g.Key, g.Sum(m => m.Debit), g.Sum(m => m.Credit)))
            .OrderBy(s => s.Cle, StringComparer.Ordinal)
            .ToList();
}

/// <summary>
/// Debit and credit of lines sharing an account (and its kind) and a charge type: one line read from the ledger or
/// one stored month (<see cref="SoldeMensuel"/>); balances add them up either way.
/// </summary>
internal sealed record Cumul(Guid CompteId, string Genre, string? TypeCharge, decimal Debit, decimal Credit)
{
    public static Cumul De(MouvementLigne ligne) => new(ligne.CompteId, ligne.Genre, ligne.TypeCharge, ligne.Debit, ligne.Credit);

    /// <summary>A stored monthly balance (amounts in centimes, "no charge type" stored as the empty string).</summary>
    public static Cumul DeMois(Guid compteId, string genre, string typeCharge, long debitCentimes, long creditCentimes) =>
        new(compteId, genre, typeCharge.Length == 0 ? null : typeCharge, debitCentimes / 100m, creditCentimes / 100m);
}
