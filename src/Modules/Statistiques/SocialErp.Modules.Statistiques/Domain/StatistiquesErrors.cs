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

    public static readonly Error TableauIntrouvable =
        Error.NotFound("statistiques.tableau-introuvable", "Ce tableau de bord n'existe pas.");
}
