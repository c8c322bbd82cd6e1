using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Domain;

internal static class NotificationErrors
{
    public static readonly Error Introuvable =
        Error.NotFound("journal.notification-introuvable", "Cette notification n'existe pas ou ne vous est pas visible.");

    public static readonly Error RenvoiImpossible = Error.Conflict(
        "journal.notification-non-echouee", "Seule une notification en échec se renvoie : celle-ci est envoyée, en attente ou sans canal.");

    public static readonly Error CibleRequise = Error.Forbidden(
        "journal.notifications-cible-requise",
        "Indiquez un dossier (dossierId) ou une fiche (ficheId) : seules la direction et l'administration listent toutes les notifications.");
}
