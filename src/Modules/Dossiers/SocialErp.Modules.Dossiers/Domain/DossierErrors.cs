using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

internal static class DossierErrors
{
    public static readonly Error Introuvable = Error.NotFound("dossiers.dossier-introuvable", "Ce dossier n'existe pas ou ne vous est pas visible.");

    public static readonly Error Archive = Error.Conflict(
        "dossiers.dossier-archive", "Ce dossier est archivé : il reste consultable mais ne peut plus être modifié. Réactivez-le d'abord.");

    public static readonly Error ClosSansRelance = Error.Conflict(
        "dossiers.dossier-clos-sans-relance",
        "Ce dossier est clos : il ne reçoit plus de relance. Réactivez-le d'abord, ou écrivez le mémo sans relance.");

    public static readonly Error PrestationReservee = Error.Forbidden(
        "dossiers.prestation-reservee",
        "Changer la prestation d'un dossier demande un droit particulier (dossiers.prestation.modifier, direction) : adressez-vous à votre direction.");

    public static readonly Error FicheIntrouvable = Error.NotFound("dossiers.fiche-introuvable", "Cette fiche n'existe pas ou ne vous est pas visible.");

    public static readonly Error DejaMembre = Error.Conflict("dossiers.fiche-deja-membre", "Cette fiche est déjà membre du dossier.");

    public static readonly Error MembreIntrouvable = Error.NotFound("dossiers.membre-introuvable", "Cette fiche n'est pas membre du dossier.");

    public static readonly Error DernierMembre = Error.Conflict(
        "dossiers.dernier-membre", "Un dossier garde au moins une fiche : la dernière ne peut pas être retirée.");

    public static readonly Error MembreDansUniteAllocation = Error.Conflict(
        "dossiers.membre-dans-unite-allocation",
        "Cette fiche a des périodes dans l'unité d'allocation : retirez-les d'abord (PUT unite-allocation).");

    public static readonly Error ServiceIntrouvable = Error.NotFound("dossiers.service-introuvable", "Ce service n'existe pas.");

    public static readonly Error UtilisateurIntrouvable = Error.NotFound("dossiers.utilisateur-introuvable", "Cet utilisateur n'existe pas.");

    public static readonly Error ReferentIntrouvable = Error.NotFound("dossiers.referent-introuvable", "Ce référent n'existe pas dans ce dossier.");

    public static readonly Error DejaReferent = Error.Conflict("dossiers.deja-referent", "Cet utilisateur est déjà référent actif du dossier.");

    public static readonly Error PartageIntrouvable = Error.NotFound("dossiers.partage-introuvable", "Ce partage n'existe pas dans ce dossier.");

    public static readonly Error TransfertVide = Error.Validation(
        "serviceId", "Un transfert nomme un nouveau service, un nouveau référent, ou les deux.");

    public static readonly Error DejaClos = Error.Conflict("dossiers.dossier-deja-clos", "Ce dossier est déjà clos ou archivé.");

    public static readonly Error NonClos = Error.Conflict("dossiers.dossier-non-clos", "Seul un dossier clos peut être archivé.");

    public static readonly Error NonFerme = Error.Conflict("dossiers.dossier-actif", "Seul un dossier clos ou archivé peut être réactivé.");

    public static readonly Error ClotureAvantOuverture = Error.Validation("date", "La clôture ne peut précéder l'ouverture du dossier.");

    public static Error PrestationInconnue(string code) =>
        Error.Validation("prestation", $"La prestation « {code} » n'existe pas ou n'est plus active.");

    public static Error FicheArchivee(string champ) => new(
        "dossiers.fiche-archivee",
        "Une fiche archivée ne peut pas être ajoutée à un dossier.",
        ErrorKind.Validation,
        new Dictionary<string, string[]> { [champ] = ["Cette fiche est archivée."] });

    public static Error FicheIntrouvableDans(string champ) => new(
        "dossiers.fiche-introuvable",
        "Cette fiche n'existe pas ou ne vous est pas visible.",
        ErrorKind.NotFound,
        new Dictionary<string, string[]> { [champ] = ["Fiche inconnue ou invisible."] });

    public static Error CategorieInvalide(string champ, string categorie) => new(
        "dossiers.categorie-fiche-invalide",
        $"Ce rôle demande une fiche de la catégorie « {categorie} ».",
        ErrorKind.Validation,
        new Dictionary<string, string[]> { [champ] = [$"La fiche n'a pas la catégorie « {categorie} »."] });
}
