namespace SocialErp.Modules.Comptabilite.Domain.Fournisseurs;

/// <summary>The share of a supplier invoice charged to one dossier (and person), on a charge account.</summary>
internal sealed class RepartitionFacture
{
    private RepartitionFacture()
    {
        Compte = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FactureFournisseurId { get; private set; }

    public int Ordre { get; private set; }

    public Guid DossierId { get; private set; }

    public Guid? FicheId { get; private set; }

    public string Compte { get; private set; }

    public decimal Montant { get; private set; }

    public string? Libelle { get; private set; }

    public static RepartitionFacture Creer(int ordre, Guid dossierId, Guid? ficheId, string compte, decimal montant, string? libelle) => new()
    {
        Id = Guid.CreateVersion7(),
        Ordre = ordre,
        DossierId = dossierId,
        FicheId = ficheId,
        Compte = compte,
        Montant = montant,
        Libelle = libelle,
    };
}
