using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

internal static class FacturationErrors
{
    public static readonly Error FactureIntrouvable = Error.NotFound(
        "comptabilite.facture-introuvable", "Cette facture n'existe pas ou ne vous est pas visible.");

    public static readonly Error PrestationDejaFacturee = Error.Conflict(
        "comptabilite.prestation-deja-facturee", "Une des prestations est déjà facturée : une prestation ne se facture qu'une fois.");

    public static readonly Error PosteBudgetDejaFacture = Error.Conflict(
        "comptabilite.poste-budget-deja-facture", "Un mois d'une charge de budget refacturable vient d'être facturé à ce débiteur : il ne l'est qu'une fois.");

    public static readonly Error AvoirSurAvoir = Error.Conflict(
        "comptabilite.avoir-sur-avoir", "Un avoir se fait sur une facture, pas sur un autre avoir.");

    public static readonly Error AvoirDepasseSolde = Error.Conflict(
        "comptabilite.avoir-depasse-solde", "L'avoir dépasse ce qui reste dû sur la facture.");

    public static readonly Error FactureSoldee = Error.Conflict(
        "comptabilite.facture-soldee", "Cette facture est soldée : plus rien n'y est dû.");

    public static readonly Error RappelPrematuree = Error.Conflict(
        "comptabilite.rappel-premature", "Le délai de paiement (échéance ou dernier rappel) n'est pas encore passé.");

    /// <summary>Lines on a dossier whose billing is blocked or which is closed; each field says since when and why.</summary>
    public static Error DossierNonFacturable(IReadOnlyDictionary<string, string[]> champs) => new(
        "comptabilite.dossier-non-facturable",
        "Des lignes portent sur un dossier dont la facturation est bloquée ou qui est fermé à la date de la facture : rien n'a été facturé.",
        ErrorKind.Conflict,
        champs);
}
