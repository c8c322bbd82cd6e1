using System.Globalization;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>
/// The texts of session notifications, in the recipient's language (<see cref="TextesSeance.Pour"/>: French, German,
/// Italian, English; French otherwise): a full e-mail, or one short SMS line. A responsable reads about the proche
/// (« Marie Rochat a rendez-vous… »), the person about themself.
/// </summary>
internal static class MessagesSeance
{
    private static readonly CultureInfo Suisse = CultureInfo.InvariantCulture;

    public static (string Sujet, string Corps) Composer(
        string type, string? canal, DateTime debutLocal, DateTime finLocal, string numeroDossier, string destinataire, string? proche, string? langue)
    {
        var textes = TextesSeance.Pour(langue);
        string Remplir(string modele) => modele
            .Replace("{Qui}", proche is null ? textes.QuiVousDebutPhrase : textes.QuiProche, StringComparison.Ordinal)
            .Replace("{qui}", proche is null ? textes.QuiVous : textes.QuiProche, StringComparison.Ordinal)
            .Replace("{de}", proche is null ? "" : textes.DeProche, StringComparison.Ordinal)
            .Replace("{proche}", proche, StringComparison.Ordinal)
            .Replace("{jour}", debutLocal.ToString("dd.MM.yyyy", Suisse), StringComparison.Ordinal)
            .Replace("{heure}", debutLocal.ToString("HH:mm", Suisse), StringComparison.Ordinal)
            .Replace("{fin}", finLocal.ToString("HH:mm", Suisse), StringComparison.Ordinal);

        var (sujet, phrase) = type switch
        {
            TypesNotification.Convocation => (textes.SujetConvocation, textes.Convocation),
            TypesNotification.Rappel => (textes.SujetRappel, textes.Rappel),
            TypesNotification.Report => (textes.SujetReport, textes.Report),
            _ => (textes.SujetAnnulation, textes.Annulation),
        };
        var corps = (canal == CanauxNotification.Sms ? textes.Sms : textes.Email)
            .Replace("{message}", Remplir(phrase), StringComparison.Ordinal)
            .Replace("{dossier}", numeroDossier, StringComparison.Ordinal)
            .Replace("{destinataire}", destinataire, StringComparison.Ordinal);
        return (Remplir(sujet), corps);
    }
}
