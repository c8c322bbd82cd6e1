namespace SocialErp.Modules.Comptabilite.Domain.Fournisseurs;

/// <summary>
/// A supplier's invoice paid on behalf of beneficiaries (régie, doctor, insurer…): the supplier and the account and
/// reference to pay, the amount split over dossiers and persons, captured by one user and approved by another.
/// Approval posts charge vs payable and creates the payment order.
/// </summary>
internal sealed class FactureFournisseur
{
    private readonly List<RepartitionFacture> _repartitions = [];

    private FactureFournisseur()
    {
        NomFournisseur = string.Empty;
        CodePostal = string.Empty;
        Localite = string.Empty;
        Pays = string.Empty;
        Iban = string.Empty;
        TypeReference = string.Empty;
        Statut = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid? FournisseurId { get; private set; }

    public string NomFournisseur { get; private set; }

    public string? Rue { get; private set; }

    public string? Numero { get; private set; }

    public string CodePostal { get; private set; }

    public string Localite { get; private set; }

    public string Pays { get; private set; }

    public string Iban { get; private set; }

    public string TypeReference { get; private set; }

    public string? Reference { get; private set; }

    public string? NumeroFacture { get; private set; }

    public DateOnly DateFacture { get; private set; }

    public DateOnly Echeance { get; private set; }

    public decimal Montant { get; private set; }

    public string? Communication { get; private set; }

    public string Statut { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public DateTime? ApprouveeLe { get; private set; }

    public Guid? ApprouveePar { get; private set; }

    public Guid? EcritureId { get; private set; }

    public Guid? OrdreId { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<RepartitionFacture> Repartitions => _repartitions;

    public static FactureFournisseur Saisir(
        Paiements.Creancier fournisseur, string? numeroFacture, DateOnly dateFacture, DateOnly echeance, decimal montant, string? communication,
        IEnumerable<RepartitionFacture> repartitions, DateTime le, Guid? par)
    {
        var facture = new FactureFournisseur
        {
            Id = Guid.CreateVersion7(),
            FournisseurId = fournisseur.FicheId,
            NomFournisseur = fournisseur.Nom,
            Rue = fournisseur.Rue,
            Numero = fournisseur.Numero,
            CodePostal = fournisseur.CodePostal,
            Localite = fournisseur.Localite,
            Pays = fournisseur.Pays,
            Iban = fournisseur.Iban,
            TypeReference = fournisseur.TypeReference,
            Reference = fournisseur.Reference,
            NumeroFacture = numeroFacture,
            DateFacture = dateFacture,
            Echeance = echeance,
            Montant = montant,
            Communication = communication,
            Statut = StatutsFacture.AApprouver,
            CreeLe = le,
            CreePar = par,
            Version = 1,
        };
        facture._repartitions.AddRange(repartitions);
        return facture;
    }

    public Paiements.Creancier Creancier => new(FournisseurId, NomFournisseur, Rue, Numero, CodePostal, Localite, Pays, Iban, TypeReference, Reference);

    public void Approuver(DateTime le, Guid? par, Guid ecritureId, Guid ordreId)
    {
        Statut = StatutsFacture.Approuvee;
        ApprouveeLe = le;
        ApprouveePar = par;
        EcritureId = ecritureId;
        OrdreId = ordreId;
        Version++;
    }
}

internal static class StatutsFacture
{
    public const string AApprouver = "a-approuver";
    public const string Approuvee = "approuvee";
}
