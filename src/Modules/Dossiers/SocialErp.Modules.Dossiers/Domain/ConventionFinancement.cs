using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// A funding agreement of the catalogue (« Admin &gt; Conventions »): its reference, the funder (a fiche of category
/// financeur) and its type, the validity, and the defaults a dossier's funding takes from it (funded hours, amount
/// mode and amount), optionally restricted to some prestations. Deactivated, never deleted: fundings copy its values
/// and keep them when it changes. Not Comptabilité's billing agreements (« conventions de facturation »).
/// </summary>
internal sealed class ConventionFinancement : AggregateRoot
{
    private ConventionFinancement(Guid id, string reference)
        : base(id) => Reference = reference;

    public string Reference { get; private set; }

    public string Libelle { get; private set; } = "";

    public Guid FinanceurId { get; private set; }

    /// <summary>One of <see cref="TypesFinanceur"/>.</summary>
    public string TypeFinanceur { get; private set; } = "";

    public DateOnly Du { get; private set; }

    /// <summary>Last day of validity; null: open-ended.</summary>
    public DateOnly? Au { get; private set; }

    public decimal? HeuresFinancees { get; private set; }

    /// <summary>One of <see cref="ModesMontant"/>, or null when the convention sets no amount.</summary>
    public string? ModeMontant { get; private set; }

    public decimal? Montant { get; private set; }

    /// <summary>Codes of the prestations whose dossiers may use it; empty: every prestation.</summary>
    public List<string> Prestations { get; private set; } = [];

    public bool Actif { get; private set; }

    public string? Remarques { get; private set; }

    public DateTime ModifieLe { get; private set; }

    public static ConventionFinancement Creer(DonneesConvention donnees, DateTime maintenant)
    {
        var convention = new ConventionFinancement(Guid.CreateVersion7(maintenant), donnees.Reference);
        convention.Definir(donnees, maintenant);
        return convention;
    }

    public void Definir(DonneesConvention donnees, DateTime maintenant)
    {
        Reference = donnees.Reference;
        Libelle = donnees.Libelle;
        FinanceurId = donnees.FinanceurId;
        TypeFinanceur = donnees.TypeFinanceur;
        Du = donnees.Du;
        Au = donnees.Au;
        HeuresFinancees = donnees.HeuresFinancees;
        ModeMontant = donnees.ModeMontant;
        Montant = donnees.Montant;
        Prestations = [.. donnees.Prestations.Distinct()];
        Actif = donnees.Actif;
        Remarques = donnees.Remarques;
        ModifieLe = maintenant;
    }

    public bool EstDisponiblePour(string prestation) => Prestations.Count == 0 || Prestations.Contains(prestation);

    /// <summary>Whether the day lies within the validity.</summary>
    public bool Couvre(DateOnly jour) => jour >= Du && (Au is null || jour <= Au);

    /// <summary>A fiche merge or its undoing moves the funder from one fiche to the other.</summary>
    public void RepointerFinanceur(Guid ficheId, DateTime maintenant)
    {
        FinanceurId = ficheId;
        ModifieLe = maintenant;
    }
}

/// <summary>A convention as the user enters it, checked for shape by the validator.</summary>
internal sealed record DonneesConvention(
    string Reference,
    string Libelle,
    Guid FinanceurId,
    string TypeFinanceur,
    DateOnly Du,
    DateOnly? Au,
    decimal? HeuresFinancees,
    string? ModeMontant,
    decimal? Montant,
    IReadOnlyList<string> Prestations,
    bool Actif,
    string? Remarques);
