using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Domain.Paiements;

/// <summary>Refusals of budgets, budget runs, payment orders and batches, supplier invoices.</summary>
internal static class PaiementsErrors
{
    public static readonly Error BudgetIntrouvable = Error.NotFound(
        "comptabilite.budget-introuvable", "Ce budget n'existe pas ou son dossier ne vous est pas visible.");

    public static readonly Error ExecutionIntrouvable = Error.NotFound("comptabilite.execution-introuvable", "Cette exécution de budgets n'existe pas.");

    public static readonly Error LotIntrouvable = Error.NotFound("comptabilite.lot-introuvable", "Ce lot de paiements n'existe pas.");

    public static readonly Error FactureIntrouvable = Error.NotFound(
        "comptabilite.facture-fournisseur-introuvable", "Cette facture fournisseur n'existe pas ou ne vous est pas visible.");

    public static readonly Error QuatreYeux = Error.Conflict(
        "comptabilite.quatre-yeux", "Le principe des quatre yeux exige qu'une autre personne que son auteur valide cette opération.");

    public static readonly Error AucunOrdre = Error.Conflict("comptabilite.aucun-ordre", "Aucun ordre de paiement n'attend d'être mis en lot à cette date.");

    public static Error BudgetChevauchement(string detail) => Error.Conflict("comptabilite.budget-chevauchement", detail);

    public static Error StatutIncompatible(string detail) => Error.Conflict("comptabilite.statut-incompatible", detail);
}
