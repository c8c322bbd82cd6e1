using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>E-mail written as an .eml file (the message a server would have received) in a folder: development and demo.</summary>
internal sealed class EmailFichier(IOptions<NotificationsOptions> options, DossiersNotifications dossiers) : IEnvoiEmail
{
    public async Task EnvoyerAsync(string destinataire, string sujet, string corps, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = dossiers.Email(),
        };
        using var message = MessageEmail.Creer(options.Value.Email.Expediteur, destinataire, sujet, corps);
        await client.SendMailAsync(message, cancellationToken);
    }
}
