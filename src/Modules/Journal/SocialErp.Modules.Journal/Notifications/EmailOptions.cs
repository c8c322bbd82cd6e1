namespace SocialErp.Modules.Journal.Notifications;

/// <summary><c>Journal:Notifications:Email</c>: <c>fichier</c> writes .eml files (development, demo), <c>smtp</c> sends.</summary>
internal sealed class EmailOptions
{
    public const string TransportFichier = "fichier";
    public const string TransportSmtp = "smtp";

    public string Transport { get; set; } = TransportFichier;

    /// <summary>Folder of the .eml files; empty: <c>&lt;Database:DataFolder&gt;/notifications/email</c>.</summary>
    public string? Dossier { get; set; }

    public string Expediteur { get; set; } = "notifications@socialerp.local";

    public SmtpOptions Smtp { get; set; } = new();
}
