using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// One line of an entry: an account, a debit or a credit, and the analytic dimensions (person, allocation unit,
/// dossier, commune of domicile, benefit category, charge type, payer type). The account's kind and the entry's
/// date are copied onto the line so ledgers and consolidations read one table through its indexes.
/// </summary>
[NonAudite]
internal sealed class LigneEcriture
{
    private LigneEcriture()
    {
        Genre = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EcritureId { get; private set; }

    public int Ordre { get; private set; }

    public Guid CompteId { get; private set; }

    public Compte Compte { get; private set; } = null!;

    public string Genre { get; private set; }

    public DateOnly Date { get; private set; }

    public decimal Debit { get; private set; }

    public decimal Credit { get; private set; }

    public Guid? FicheId { get; private set; }

    public Guid? UniteAllocationId { get; private set; }

    public Guid? DossierId { get; private set; }

    public int? CommuneDomicile { get; private set; }

    public string? Prestation { get; private set; }

    public string? TypeCharge { get; private set; }

    public string? TypePayeur { get; private set; }

    public string? Libelle { get; private set; }

    public static LigneEcriture Creer(Ecriture ecriture, int ordre, LigneSaisie saisie) => new()
    {
        Id = Guid.CreateVersion7(),
        EcritureId = ecriture.Id,
        Ordre = ordre,
        CompteId = saisie.Compte.Id,
        Compte = saisie.Compte,
        Genre = saisie.Compte.Genre,
        Date = ecriture.Date,
        Debit = saisie.Debit,
        Credit = saisie.Credit,
        FicheId = saisie.FicheId,
        UniteAllocationId = saisie.UniteAllocationId,
        DossierId = saisie.DossierId,
        CommuneDomicile = saisie.CommuneDomicile,
        Prestation = saisie.Prestation,
        TypeCharge = saisie.TypeCharge ?? saisie.Compte.TypeCharge,
        TypePayeur = saisie.TypePayeur,
        Libelle = saisie.Libelle,
    };

    public LigneSaisie Saisie() =>
        new(Compte, Debit, Credit, FicheId, UniteAllocationId, DossierId, CommuneDomicile, Prestation, TypeCharge, TypePayeur, Libelle);
}
