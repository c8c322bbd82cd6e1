using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// Stored totals of the ledger lines that share a person, an allocation unit, an account (and its kind), a charge
/// type and a month, in centimes. Maintained in the transaction of every posting (an increment per key, so
/// concurrent postings never lose one another's amounts) and checked against the lines by the integrity control.
/// Balances read whole months here and only the edges of a period from the lines. "None" is stored as
/// <see cref="Guid.Empty"/> and the empty string so the key has no nulls (both providers treat nulls as distinct).
/// Lines with neither a person nor a unit are not kept: no balance endpoint reads them.
/// </summary>
[NonAudite]
internal sealed class SoldeMensuel
{
    private SoldeMensuel()
    {
        Genre = string.Empty;
        TypeCharge = string.Empty;
    }

    public Guid FicheId { get; private set; }

    public Guid UniteAllocationId { get; private set; }

    public Guid CompteId { get; private set; }

    public string Genre { get; private set; }

    public string TypeCharge { get; private set; }

    public int Annee { get; private set; }

    public int Mois { get; private set; }

    public long DebitCentimes { get; private set; }

    public long CreditCentimes { get; private set; }

    public int NombreLignes { get; private set; }

    /// <summary>The key and amounts one line adds, or null when the line names neither a person nor a unit.</summary>
    public static CleSoldeMensuel? Cle(LigneEcriture ligne) =>
        ligne.FicheId is null && ligne.UniteAllocationId is null
            ? null
            : new CleSoldeMensuel(
                ligne.FicheId ?? Guid.Empty, ligne.UniteAllocationId ?? Guid.Empty, ligne.CompteId, ligne.Genre, ligne.TypeCharge ?? string.Empty,
                ligne.Date.Year, ligne.Date.Month);

    public static long Centimes(decimal montant) => (long)decimal.Round(montant * 100m, MidpointRounding.AwayFromZero);
}

/// <summary>The key of a <see cref="SoldeMensuel"/>.</summary>
internal readonly record struct CleSoldeMensuel(Guid FicheId, Guid UniteAllocationId, Guid CompteId, string Genre, string TypeCharge, int Annee, int Mois)
    : IComparable<CleSoldeMensuel>
{
    /// <summary>One order for every writer, so concurrent upserts of several keys lock them in the same order.</summary>
    public int CompareTo(CleSoldeMensuel other)
    {
        var c = FicheId.CompareTo(other.FicheId);
        c = c != 0 ? c : UniteAllocationId.CompareTo(other.UniteAllocationId);
        c = c != 0 ? c : CompteId.CompareTo(other.CompteId);
        c = c != 0 ? c : string.CompareOrdinal(Genre, other.Genre);
        c = c != 0 ? c : string.CompareOrdinal(TypeCharge, other.TypeCharge);
        c = c != 0 ? c : Annee.CompareTo(other.Annee);
        return c != 0 ? c : Mois.CompareTo(other.Mois);
    }
}
