using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Statistiques.Domain;

/// <summary>The module's business errors.</summary>
internal static class StatistiquesErrors
{
    public static Error ModeleIntrouvable(string code) =>
        Error.NotFound("statistiques.modele-introuvable", $"Aucun modèle statistique « {code} ».");

    public static readonly Error ExecutionIntrouvable =
        Error.NotFound("statistiques.execution-introuvable", "Cette exécution n'existe pas.");

    public static readonly Error FichierPasPret =
        Error.Conflict("statistiques.fichier-pas-pret", "L'exécution n'est pas terminée ou n'a pas produit de fichier.");

    public static readonly Error ListeIntrouvable =
        Error.NotFound("statistiques.liste-introuvable", "Cette liste n'existe pas ou n'est pas partagée avec vous.");

    public static readonly Error ListeNonModifiable =
        Error.Forbidden("statistiques.liste-non-modifiable", "Seul son auteur modifie une liste (une liste livrée : qui a le droit statistiques.ecrire).");

    public static readonly Error ListeLivree =
        Error.Conflict("statistiques.liste-livree", "Une liste livrée avec le produit ne se supprime pas ; elle se modifie.");

    public static readonly Error ExportNonAutorise =
        Error.Forbidden("statistiques.export-non-autorise", "L'export CSV ou Excel demande le droit statistiques.exporter.");

    public static readonly Error ExportIntrouvable =
        Error.NotFound("statistiques.export-introuvable", "Cet export n'existe pas ou n'est pas le vôtre.");

    public static readonly Error TableauIntrouvable =
        Error.NotFound("statistiques.tableau-introuvable", "Ce tableau de bord n'existe pas.");
}
