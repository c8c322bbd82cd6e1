namespace SocialErp.Modules.Journal.Notifications;

/// <summary><c>Journal:Notifications:Email:Smtp</c>: the mail server (STARTTLS when <see cref="Tls"/>; credentials optional).</summary>
internal sealed class SmtpOptions
{
    public string? Hote { get; set; }

    public int Port { get; set; } = 587;

    public bool Tls { get; set; } = true;

    public string? Utilisateur { get; set; }

    public string? MotDePasse { get; set; }

    public TimeSpan Delai { get; set; } = TimeSpan.FromSeconds(30);
}
