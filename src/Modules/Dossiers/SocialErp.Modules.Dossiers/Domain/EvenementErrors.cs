using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

internal static class EvenementErrors
{
    public static readonly Error Introuvable = Error.NotFound("dossiers.evenement-introuvable", "Cet événement n'existe pas dans ce dossier.");

    public static readonly Error TypeIntrouvable = Error.NotFound("dossiers.type-evenement-introuvable", "Ce type d'événement n'existe pas.");

    public static readonly Error TypeExistant = Error.Conflict("dossiers.type-evenement-existant", "Un type d'événement porte déjà ce code.");

    public static readonly Error DossierClos = Error.Conflict(
        "dossiers.dossier-clos", "Ce dossier est clos : un événement qui change son statut demande de le réactiver d'abord.");

    public static Error TypeInconnu(string code) => new(
        "dossiers.type-evenement-inconnu",
        "Type d'événement inconnu ou inactif.",
        ErrorKind.Validation,
        new Dictionary<string, string[]> { ["type"] = [$"« {code} » n'est pas un type d'événement actif."] });

    public static Error HorsPrestation(string code, string prestation) => new(
        "dossiers.type-evenement-hors-prestation",
        "Ce type d'événement n'est pas prévu pour la prestation du dossier.",
        ErrorKind.Validation,
        new Dictionary<string, string[]> { ["type"] = [$"« {code} » ne s'utilise pas dans les dossiers de la prestation {prestation}."] });

    public static Error MotifRequis(string type) => new(
        "dossiers.motif-requis",
        $"Un événement « {type} » demande un motif.",
        ErrorKind.Validation,
        new Dictionary<string, string[]> { ["motif"] = ["Le motif est obligatoire pour ce type d'événement."] });

    public static Error Champs(IReadOnlyDictionary<string, string[]> erreurs) => new(
        "dossiers.champs-evenement", "Les champs supplémentaires de l'événement ne correspondent pas à son type.", ErrorKind.Validation, erreurs);
}
