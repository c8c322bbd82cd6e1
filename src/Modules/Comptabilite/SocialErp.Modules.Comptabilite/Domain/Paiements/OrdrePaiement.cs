namespace SocialErp.Modules.Comptabilite.Domain.Paiements;

/// <summary>
/// One transfer to make: to whom (name, structured address, IBAN, reference — copied when the order is created, so
/// the bank file says what was decided), how much, when, for which dossier and person, and the payable it settles
/// (<see cref="CompteContrepartie"/>, credited when the order was created). Its id is the pain.001 EndToEndId.
/// </summary>
internal sealed class OrdrePaiement
{
    private OrdrePaiement()
    {
        Origine = string.Empty;
        Statut = string.Empty;
        NomCreancier = string.Empty;
        CodePostal = string.Empty;
        Localite = string.Empty;
        Pays = string.Empty;
        Iban = string.Empty;
        TypeReference = string.Empty;
        Libelle = string.Empty;
        CompteContrepartie = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Origine { get; private set; }

    public Guid? BudgetId { get; private set; }

    public string? Mois { get; private set; }

    public int Rang { get; private set; }

    public Guid? ExecutionId { get; private set; }

    public Guid? FactureFournisseurId { get; private set; }

    public Guid? DossierId { get; private set; }

    public Guid? FicheId { get; private set; }

    public Guid? CreancierId { get; private set; }

    public string NomCreancier { get; private set; }

    public string? Rue { get; private set; }

    public string? Numero { get; private set; }

    public string CodePostal { get; private set; }

    public string Localite { get; private set; }

    public string Pays { get; private set; }

    public string Iban { get; private set; }

    public string TypeReference { get; private set; }

    public string? Reference { get; private set; }

    public string Libelle { get; private set; }

    public decimal Montant { get; private set; }

    public DateOnly DateExecution { get; private set; }

    public string CompteContrepartie { get; private set; }

    public bool Ordinaire { get; private set; }

    public string Statut { get; private set; }

    public Guid? LotId { get; private set; }

    public Guid? EcriturePaiementId { get; private set; }

    public DateOnly? ExecuteLe { get; private set; }

    public string? ReferenceBanque { get; private set; }

    public DateTime CreeLe { get; private set; }

    /// <summary>The EndToEndId / InstrId written in pain.001 and read back from camt.054.</summary>
    public string IdentifiantBancaire => Id.ToString("N");

    public static OrdrePaiement Creer(
        string origine, Guid? dossierId, Guid? ficheId, Creancier creancier, string libelle, decimal montant, DateOnly dateExecution,
        string compteContrepartie, bool ordinaire, DateTime le) => new()
    {
        Id = Guid.CreateVersion7(),
        Origine = origine,
        DossierId = dossierId,
        FicheId = ficheId,
        CreancierId = creancier.FicheId,
        NomCreancier = creancier.Nom,
        Rue = creancier.Rue,
        Numero = creancier.Numero,
        CodePostal = creancier.CodePostal,
        Localite = creancier.Localite,
        Pays = creancier.Pays,
        Iban = creancier.Iban,
        TypeReference = creancier.TypeReference,
        Reference = creancier.Reference,
        Libelle = libelle,
        Montant = montant,
        DateExecution = dateExecution,
        CompteContrepartie = compteContrepartie,
        Ordinaire = ordinaire,
        Statut = StatutsOrdre.APayer,
        CreeLe = le,
    };

    public OrdrePaiement DuBudget(Guid budgetId, string mois, int rang, Guid executionId)
    {
        BudgetId = budgetId;
        Mois = mois;
        Rang = rang;
        ExecutionId = executionId;
        return this;
    }

    public OrdrePaiement DeLaFacture(Guid factureId)
    {
        FactureFournisseurId = factureId;
        return this;
    }

    public void MettreEnLot(Guid lotId)
    {
        LotId = lotId;
        Statut = StatutsOrdre.EnLot;
    }

    public void Comptabiliser(Guid ecritureId)
    {
        EcriturePaiementId = ecritureId;
        if (Statut != StatutsOrdre.Execute)
        {
            Statut = StatutsOrdre.Comptabilise;
        }
    }

    public void Executer(DateOnly le, string? referenceBanque)
    {
        ExecuteLe = le;
        ReferenceBanque = referenceBanque;
        Statut = StatutsOrdre.Execute;
    }
}
