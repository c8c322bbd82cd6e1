namespace SocialErp.Modules.Journal.Notifications;

/// <summary>
/// <c>Journal:Notifications:Sms</c>: <c>fichier</c> writes one text file per SMS (development, demo), <c>http</c> posts
/// <c>{ "to", "text" }</c> to the gateway <see cref="Url"/> with the bearer <see cref="Jeton"/>.
/// </summary>
internal sealed class SmsOptions
{
    public const string TransportFichier = "fichier";
    public const string TransportHttp = "http";

    public string Transport { get; set; } = TransportFichier;

    /// <summary>Folder of the SMS files; empty: <c>&lt;Database:DataFolder&gt;/notifications/sms</c>.</summary>
    public string? Dossier { get; set; }

    public string? Url { get; set; }

    public string? Jeton { get; set; }
}
