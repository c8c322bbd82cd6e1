namespace SocialErp.Modules.Journal.Notifications;

/// <summary>Configuration section <c>Journal:Notifications</c>: transports, retries and schedules of notifications.</summary>
internal sealed class NotificationsOptions
{
    public const string SectionName = "Journal:Notifications";

    public EmailOptions Email { get; set; } = new();

    public SmsOptions Sms { get; set; } = new();

    /// <summary>Attempts before a notification is left « echec ».</summary>
    public int MaxTentatives { get; set; } = 5;

    /// <summary>Wait after the first failed attempt, doubled after each further one.</summary>
    public TimeSpan DelaiTentative { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the sender looks for notifications to send.</summary>
    public TimeSpan IntervalleEnvoi { get; set; } = TimeSpan.FromSeconds(30);

    public int TailleLot { get; set; } = 100;

    /// <summary>When the next day's session reminders are queued (Quartz cron, seconds first, service time zone).</summary>
    public string RappelsCron { get; set; } = "0 0 9 * * ?";

    /// <summary>Every problem of the configuration, in words an operator can act on (empty when it is usable).</summary>
    public IReadOnlyList<string> Erreurs()
    {
        var erreurs = new List<string>();
        if (Email.Transport is not (EmailOptions.TransportFichier or EmailOptions.TransportSmtp))
        {
            erreurs.Add($"{SectionName}:Email:Transport must be '{EmailOptions.TransportFichier}' or '{EmailOptions.TransportSmtp}'.");
        }

        if (Email.Transport == EmailOptions.TransportSmtp && (string.IsNullOrWhiteSpace(Email.Smtp.Hote) || Email.Smtp.Port is < 1 or > 65535))
        {
            erreurs.Add($"{SectionName}:Email:Smtp needs Hote and a Port between 1 and 65535.");
        }

        if (!System.Net.Mail.MailAddress.TryCreate(Email.Expediteur, out _))
        {
            erreurs.Add($"{SectionName}:Email:Expediteur is not an e-mail address.");
        }

        if (Sms.Transport is not (SmsOptions.TransportFichier or SmsOptions.TransportHttp))
        {
            erreurs.Add($"{SectionName}:Sms:Transport must be '{SmsOptions.TransportFichier}' or '{SmsOptions.TransportHttp}'.");
        }

        if (Sms.Transport == SmsOptions.TransportHttp && !Uri.TryCreate(Sms.Url, UriKind.Absolute, out _))
        {
            erreurs.Add($"{SectionName}:Sms:Url must be the gateway's absolute URL.");
        }

        if (MaxTentatives < 1 || TailleLot < 1 || DelaiTentative < TimeSpan.Zero || IntervalleEnvoi <= TimeSpan.Zero)
        {
            erreurs.Add($"{SectionName}: MaxTentatives and TailleLot must be at least 1, DelaiTentative not negative, IntervalleEnvoi positive.");
        }

        if (!Quartz.CronExpression.TryParse(RappelsCron, out _))
        {
            erreurs.Add($"{SectionName}:RappelsCron is not a valid Quartz cron expression: '{RappelsCron}'.");
        }

        return erreurs;
    }
}
