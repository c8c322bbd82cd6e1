namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// A line of a debtor invoice: a valued service, a re-billable budget item or a manual line, with the revenue
/// account it is credited to and the person / dossier it concerns (dimensions of the posting).
/// </summary>
internal sealed class LigneFacture
{
    private LigneFacture()
    {
        Libelle = string.Empty;
        CompteRevenu = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FactureId { get; private set; }

    public int Ordre { get; private set; }

    public string Libelle { get; private set; }

    public decimal Quantite { get; private set; }

    public decimal PrixUnitaire { get; private set; }

    public decimal Montant { get; private set; }

    public string CompteRevenu { get; private set; }

    public Guid? FicheId { get; private set; }

    public Guid? DossierId { get; private set; }

    public int? CommuneDomicile { get; private set; }

    public string? Prestation { get; private set; }

    public Guid? PrestationValoriseeId { get; private set; }

    /// <summary>A re-billable budget item (owned by the budgets feature): the invoice only keeps its id.</summary>
    public Guid? PosteBudgetId { get; private set; }

    internal static LigneFacture Creer(Guid factureId, int ordre, LigneFactureSaisie saisie) => new()
    {
        Id = Guid.CreateVersion7(),
        FactureId = factureId,
        Ordre = ordre,
        Libelle = saisie.Libelle,
        Quantite = saisie.Quantite,
        PrixUnitaire = saisie.PrixUnitaire,
        Montant = saisie.Montant,
        CompteRevenu = saisie.CompteRevenu,
        FicheId = saisie.FicheId,
        DossierId = saisie.DossierId,
        CommuneDomicile = saisie.CommuneDomicile,
        Prestation = saisie.Prestation,
        PrestationValoriseeId = saisie.PrestationValoriseeId,
        PosteBudgetId = saisie.PosteBudgetId,
    };
}

/// <summary>A line checked and ready to be put on an invoice.</summary>
internal sealed record LigneFactureSaisie(
    string Libelle, decimal Quantite, decimal PrixUnitaire, decimal Montant, string CompteRevenu, Guid? FicheId, Guid? DossierId,
    Guid? PrestationValoriseeId = null, Guid? PosteBudgetId = null, int? CommuneDomicile = null, string? Prestation = null);
