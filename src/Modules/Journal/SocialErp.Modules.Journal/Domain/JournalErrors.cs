using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Domain;

internal static class JournalErrors
{
    public static readonly Error DossierIntrouvable =
        Error.NotFound("journal.dossier-introuvable", "Ce dossier n'existe pas ou ne vous est pas visible.");

    public static readonly Error EntreeIntrouvable =
        Error.NotFound("journal.entree-introuvable", "Cette entrée n'existe pas ou ne vous est pas visible.");

    public static readonly Error EntreeAutomatique = Error.Conflict(
        "journal.entree-automatique", "Une entrée écrite automatiquement ne se corrige pas : ajoutez une entrée qui la commente.");

    public static readonly Error CorrectionReserveeAuteur = Error.Forbidden(
        "journal.correction-reservee-auteur", "Seul l'auteur d'une entrée peut la corriger.");

    public static readonly Error DossierFerme = Error.Conflict(
        "journal.dossier-ferme",
        "Ce dossier est clos ou archivé : il ne reçoit plus d'échéance ni de workflow. Réactivez-le d'abord, ou écrivez l'entrée sans échéance.");
}
