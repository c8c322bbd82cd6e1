using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Domain;

internal static class JournalErrors
{
    /// <summary>A list's <c>au</c> before its <c>du</c> (journal de bord, échéances, notifications, mutations).</summary>
    public static readonly Error PeriodeInversee = Error.Validation("au", "La fin de période précède son début.");

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
