using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>The MIME message both e-mail transports hand to <see cref="SmtpClient"/>: plain UTF-8 text.</summary>
internal static class MessageEmail
{
    public static MailMessage Creer(string expediteur, string destinataire, string sujet, string corps) =>
        new(expediteur, destinataire, sujet, corps)
        {
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.EightBit,
            IsBodyHtml = false,
        };
}
