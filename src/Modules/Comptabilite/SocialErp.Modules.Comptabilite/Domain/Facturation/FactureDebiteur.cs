namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// An invoice to a debtor (office, insurer, guardianship office, relative, the beneficiary, another canton…) or a
/// credit note against one (<see cref="AvoirDe"/>). Numbered without gaps per year, it carries its payment
/// reference (QRR or SCOR, stored compact and indexed for camt matching) and the posting receivable / revenue.
/// What is still due is <see cref="Montant"/> − <see cref="MontantPaye"/> − <see cref="MontantCredite"/>.
/// </summary>
internal sealed class FactureDebiteur
{
    private readonly List<LigneFacture> _lignes = [];
    private readonly List<RappelFacture> _rappels = [];

    private FactureDebiteur()
    {
        Numero = string.Empty;
        TypeDebiteur = string.Empty;
        NomDebiteur = string.Empty;
        CompteDebiteur = string.Empty;
        TypeReference = string.Empty;
        Reference = string.Empty;
        Statut = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Numero { get; private set; }

    public int Annee { get; private set; }

    public int Sequence { get; private set; }

    public Guid DebiteurId { get; private set; }

    public string TypeDebiteur { get; private set; }

    /// <summary>The debtor's name when the invoice was issued (matching of payments without reference).</summary>
    public string NomDebiteur { get; private set; }

    public string CompteDebiteur { get; private set; }

    public DateOnly Date { get; private set; }

    public DateOnly Echeance { get; private set; }

    public decimal Montant { get; private set; }

    public decimal MontantPaye { get; private set; }

    public decimal MontantCredite { get; private set; }

    public string TypeReference { get; private set; }

    public string Reference { get; private set; }

    public string? Message { get; private set; }

    public string Statut { get; private set; }

    public Guid? AvoirDe { get; private set; }

    public Guid? ConventionId { get; private set; }

    public string? Periode { get; private set; }

    public Guid EcritureId { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<LigneFacture> Lignes => _lignes;

    public IReadOnlyList<RappelFacture> Rappels => _rappels;

    public decimal Solde => Montant - MontantPaye - MontantCredite;

    public int NiveauRappel => _rappels.Count == 0 ? 0 : _rappels.Max(r => r.Niveau);

    public static FactureDebiteur Emettre(
        Guid id, NumeroFacture numero, Debiteur debiteur, DateOnly date, DateOnly echeance, string typeReference, string reference, string? message,
        IReadOnlyList<LigneFactureSaisie> lignes, Guid ecritureId, DateTime le, Guid? par, Guid? avoirDe = null, Guid? conventionId = null, string? periode = null)
    {
        var facture = new FactureDebiteur
        {
            Id = id,
            Numero = numero.Texte,
            Annee = numero.Annee,
            Sequence = numero.Sequence,
            DebiteurId = debiteur.Id,
            TypeDebiteur = debiteur.Type,
            NomDebiteur = debiteur.Nom,
            CompteDebiteur = TypesDebiteur.Imputations[debiteur.Type].CompteDebiteur,
            Date = date,
            Echeance = echeance,
            TypeReference = typeReference,
            Reference = reference,
            Message = message,
            AvoirDe = avoirDe,
            ConventionId = conventionId,
            Periode = periode,
            EcritureId = ecritureId,
            CreeLe = le,
            CreePar = par,
        };
        var ordre = 0;
        foreach (var ligne in lignes)
        {
            facture._lignes.Add(LigneFacture.Creer(id, ++ordre, ligne));
        }

        facture.Montant = facture._lignes.Sum(l => l.Montant);
        facture.Statut = avoirDe is null ? StatutsFacture.Ouverte : StatutsFacture.Avoir;
        return facture;
    }

    /// <summary>Money received for this invoice; returns the part beyond what was due (over-payment), 0 otherwise.</summary>
    public decimal Encaisser(decimal montant)
    {
        var impute = Math.Min(montant, Math.Max(Solde, 0));
        MontantPaye += impute;
        MajStatut();
        return montant - impute;
    }

    public void Crediter(decimal montant)
    {
        MontantCredite += montant;
        MajStatut();
    }

    public RappelFacture Rappeler(DateOnly date, DateOnly delai, Guid? par)
    {
        var rappel = RappelFacture.Creer(Id, NiveauRappel + 1, date, delai, par);
        _rappels.Add(rappel);
        Version++;
        return rappel;
    }

    private void MajStatut()
    {
        Statut = Solde <= 0 ? StatutsFacture.Soldee : MontantPaye + MontantCredite > 0 ? StatutsFacture.PartiellementPayee : StatutsFacture.Ouverte;
        Version++;
    }
}

/// <summary>An invoice number: <c>{annee}-{sequence:D6}</c>.</summary>
internal sealed record NumeroFacture(int Annee, int Sequence)
{
    public string Texte => $"{Annee:D4}-{Sequence:D6}";

    /// <summary>The digits a QR or creditor reference is built from: year and sequence (unique, stable).</summary>
    public string Chiffres => $"{Annee:D4}{Sequence:D9}";
}

/// <summary>Who is invoiced: the fiche, its kind of debtor and its name when the invoice is issued.</summary>
internal sealed record Debiteur(Guid Id, string Type, string Nom);
