using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>E-mail through the configured SMTP server (<c>Journal:Notifications:Email:Smtp</c>).</summary>
internal sealed class EmailSmtp(IOptions<NotificationsOptions> options) : IEnvoiEmail
{
    public async Task EnvoyerAsync(string destinataire, string sujet, string corps, CancellationToken cancellationToken)
    {
        var email = options.Value.Email;
        using var client = new SmtpClient(email.Smtp.Hote, email.Smtp.Port)
        {
            EnableSsl = email.Smtp.Tls,
            Timeout = (int)email.Smtp.Delai.TotalMilliseconds,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(email.Smtp.Utilisateur))
        {
            client.Credentials = new NetworkCredential(email.Smtp.Utilisateur, email.Smtp.MotDePasse);
        }

        using var message = MessageEmail.Creer(email.Expediteur, destinataire, sujet, corps);
        await client.SendMailAsync(message, cancellationToken);
    }
}
