namespace SocialErp.Modules.Journal.Notifications;

/// <summary>
/// The wording of session notifications in one language. Placeholders: <c>{qui}</c> (who has the appointment: the
/// person addressed, or the proche for a responsable), <c>{de}</c> (« of the proche », empty for the person),
/// <c>{jour}</c>, <c>{heure}</c>, <c>{fin}</c>, <c>{dossier}</c>, <c>{destinataire}</c>, <c>{message}</c>.
/// </summary>
internal sealed record TextesSeance(
    string QuiVous,
    string QuiVousDebutPhrase,
    string QuiProche,
    string DeProche,
    string SujetConvocation,
    string Convocation,
    string SujetRappel,
    string Rappel,
    string SujetReport,
    string Report,
    string SujetAnnulation,
    string Annulation,
    string Sms,
    string Email)
{
    public static readonly TextesSeance Francais = new(
        QuiVous: "vous avez",
        QuiVousDebutPhrase: "Vous avez",
        QuiProche: "{proche} a",
        DeProche: " de {proche}",
        SujetConvocation: "Convocation au rendez-vous du {jour} à {heure}",
        Convocation: "{Qui} rendez-vous le {jour} de {heure} à {fin}.",
        SujetRappel: "Rappel : rendez-vous demain, {jour} à {heure}",
        Rappel: "Rappel : {qui} rendez-vous demain, {jour}, de {heure} à {fin}.",
        SujetReport: "Rendez-vous du {jour} reporté",
        Report: "Le rendez-vous{de} du {jour} à {heure} est reporté ; une nouvelle convocation suit avec la nouvelle date.",
        SujetAnnulation: "Rendez-vous du {jour} annulé",
        Annulation: "Le rendez-vous{de} du {jour} à {heure} est annulé.",
        Sms: "Service social : {message} Dossier {dossier}.",
        Email: "Bonjour {destinataire},\n\n{message}\n\nDossier {dossier}.\n\n"
            + "Ce message est envoyé automatiquement par le service social ; pour toute question, contactez votre référent ou votre référente.");

    public static readonly TextesSeance Allemand = new(
        QuiVous: "Sie haben",
        QuiVousDebutPhrase: "Sie haben",
        QuiProche: "{proche} hat",
        DeProche: " von {proche}",
        SujetConvocation: "Einladung zum Termin vom {jour} um {heure}",
        Convocation: "{Qui} am {jour} von {heure} bis {fin} einen Termin.",
        SujetRappel: "Erinnerung: Termin morgen, {jour} um {heure}",
        Rappel: "Erinnerung: {qui} morgen, {jour}, von {heure} bis {fin} einen Termin.",
        SujetReport: "Termin vom {jour} verschoben",
        Report: "Der Termin{de} vom {jour} um {heure} wird verschoben; eine neue Einladung mit dem neuen Datum folgt.",
        SujetAnnulation: "Termin vom {jour} abgesagt",
        Annulation: "Der Termin{de} vom {jour} um {heure} ist abgesagt.",
        Sms: "Sozialdienst: {message} Dossier {dossier}.",
        Email: "Guten Tag {destinataire}\n\n{message}\n\nDossier {dossier}.\n\n"
            + "Diese Nachricht wurde vom Sozialdienst automatisch versandt; bei Fragen wenden Sie sich an Ihre Bezugsperson.");

    public static readonly TextesSeance Italien = new(
        QuiVous: "ha",
        QuiVousDebutPhrase: "Ha",
        QuiProche: "{proche} ha",
        DeProche: " di {proche}",
        SujetConvocation: "Convocazione all'appuntamento del {jour} alle {heure}",
        Convocation: "{Qui} un appuntamento il {jour} dalle {heure} alle {fin}.",
        SujetRappel: "Promemoria: appuntamento domani, {jour} alle {heure}",
        Rappel: "Promemoria: {qui} un appuntamento domani, {jour}, dalle {heure} alle {fin}.",
        SujetReport: "Appuntamento del {jour} rinviato",
        Report: "L'appuntamento{de} del {jour} alle {heure} è rinviato; seguirà una nuova convocazione con la nuova data.",
        SujetAnnulation: "Appuntamento del {jour} annullato",
        Annulation: "L'appuntamento{de} del {jour} alle {heure} è annullato.",
        Sms: "Servizio sociale: {message} Incarto {dossier}.",
        Email: "Buongiorno {destinataire},\n\n{message}\n\nIncarto {dossier}.\n\n"
            + "Questo messaggio è inviato automaticamente dal servizio sociale; per qualsiasi domanda contatti la sua persona di riferimento.");

    public static readonly TextesSeance Anglais = new(
        QuiVous: "you have",
        QuiVousDebutPhrase: "You have",
        QuiProche: "{proche} has",
        DeProche: " of {proche}",
        SujetConvocation: "Appointment on {jour} at {heure}",
        Convocation: "{Qui} an appointment on {jour} from {heure} to {fin}.",
        SujetRappel: "Reminder: appointment tomorrow, {jour} at {heure}",
        Rappel: "Reminder: {qui} an appointment tomorrow, {jour}, from {heure} to {fin}.",
        SujetReport: "Appointment on {jour} postponed",
        Report: "The appointment{de} on {jour} at {heure} is postponed; a new invitation with the new date follows.",
        SujetAnnulation: "Appointment on {jour} cancelled",
        Annulation: "The appointment{de} on {jour} at {heure} is cancelled.",
        Sms: "Social services: {message} File {dossier}.",
        Email: "Hello {destinataire},\n\n{message}\n\nFile {dossier}.\n\n"
            + "This message was sent automatically by the social services; for any question, please contact your case worker.");

    /// <summary>The texts of the fiche's language (two-letter code), French when it has none or another one.</summary>
    public static TextesSeance Pour(string? langue) => langue?.ToLowerInvariant() switch
    {
        "de" => Allemand,
        "it" => Italien,
        "en" => Anglais,
        _ => Francais,
    };
}
