using System.Globalization;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>
/// The French texts of session notifications: a full e-mail, or one short SMS line. A responsable reads about the proche
/// (« Marie Rochat est convoquée… »), the person about themself.
/// </summary>
internal static class MessagesSeance
{
    private static readonly CultureInfo Suisse = CultureInfo.InvariantCulture;

    public static (string Sujet, string Corps) Composer(
        string type, string? canal, DateTime debutLocal, DateTime finLocal, string numeroDossier, string destinataire, string? proche)
    {
        var jour = debutLocal.ToString("dd.MM.yyyy", Suisse);
        var heure = debutLocal.ToString("HH:mm", Suisse);
        var fin = finLocal.ToString("HH:mm", Suisse);
        var qui = proche is null ? "Vous avez" : $"{proche} a";
        var (sujet, phrase) = type switch
        {
            TypesNotification.Convocation => ($"Convocation au rendez-vous du {jour} à {heure}", $"{qui} rendez-vous le {jour} de {heure} à {fin}."),
            TypesNotification.Rappel => ($"Rappel : rendez-vous demain, {jour} à {heure}", $"Rappel : {qui.ToLowerInvariant()[..1]}{qui[1..]} rendez-vous demain, {jour}, de {heure} à {fin}."),
            TypesNotification.Report => ($"Rendez-vous du {jour} reporté",
                $"Le rendez-vous{De(proche)} du {jour} à {heure} est reporté ; une nouvelle convocation suit avec la nouvelle date."),
            _ => ($"Rendez-vous du {jour} annulé", $"Le rendez-vous{De(proche)} du {jour} à {heure} est annulé."),
        };
        var corps = canal == CanauxNotification.Sms
            ? $"Service social : {phrase} Dossier {numeroDossier}."
            : $"Bonjour {destinataire},\n\n{phrase}\n\nDossier {numeroDossier}.\n\n"
                + "Ce message est envoyé automatiquement par le service social ; pour toute question, contactez votre référent ou votre référente.";
        return (sujet, corps);
    }

    private static string De(string? proche) => proche is null ? "" : $" de {proche}";
}
