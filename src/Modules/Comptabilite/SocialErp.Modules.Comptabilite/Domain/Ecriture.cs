using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// A posted entry: balanced (debits = credits), at least two lines, immutable once saved. A correction is a
/// reversal (<see cref="ExtourneDe"/> points at the reversed entry) and, when needed, a new entry.
/// <see cref="Total"/> is the sum of the debits, kept on the header and checked by the integrity control.
/// Not audited field by field: the <c>EcriturePassee</c> event is its trace.
/// </summary>
[NonAudite]
internal sealed class Ecriture
{
    private readonly List<LigneEcriture> _lignes = [];

    private Ecriture(Guid id, DateOnly date, string libelle, Guid? pieceId, Guid? extourneDe, DateTime creeLe, Guid? creePar)
    {
        Id = id;
        Date = date;
        Annee = date.Year;
        Mois = date.Month;
        Libelle = libelle;
        PieceId = pieceId;
        ExtourneDe = extourneDe;
        CreeLe = creeLe;
        CreePar = creePar;
    }

    public Guid Id { get; private set; }

    public DateOnly Date { get; private set; }

    public int Annee { get; private set; }

    public int Mois { get; private set; }

    public string Libelle { get; private set; }

    /// <summary>The voucher (document in the GED); an entry without one is flagged <c>sansPiece</c>.</summary>
    public Guid? PieceId { get; private set; }

    public Guid? ExtourneDe { get; private set; }

    public decimal Total { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public IReadOnlyList<LigneEcriture> Lignes => _lignes;

    public string Periode => $"{Annee:D4}-{Mois:D2}";

    /// <summary>Builds a balanced entry from checked lines; the caller has validated balance and accounts.</summary>
    public static Ecriture Passer(
        DateOnly date, string libelle, Guid? pieceId, Guid? extourneDe, IEnumerable<LigneSaisie> lignes, DateTime maintenant, Guid? auteur)
    {
        var ecriture = new Ecriture(Guid.CreateVersion7(), date, libelle, pieceId, extourneDe, maintenant, auteur);
        var ordre = 0;
        foreach (var ligne in lignes)
        {
            ecriture._lignes.Add(LigneEcriture.Creer(ecriture, ++ordre, ligne));
        }

        ecriture.Total = ecriture._lignes.Sum(l => l.Debit);
        return ecriture;
    }

    /// <summary>The mirror entry: same accounts and dimensions, debit and credit swapped.</summary>
    public Ecriture Extourner(DateOnly date, string libelle, DateTime maintenant, Guid? auteur) =>
        Passer(date, libelle, PieceId, Id, _lignes.Select(l => l.Saisie() with { Debit = l.Credit, Credit = l.Debit }), maintenant, auteur);
}
