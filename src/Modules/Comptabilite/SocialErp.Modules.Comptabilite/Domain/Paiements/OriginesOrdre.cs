namespace SocialErp.Modules.Comptabilite.Domain.Paiements;

internal static class OriginesOrdre
{
    public const string Budget = "budget";
    public const string FactureFournisseur = "facture-fournisseur";
}
