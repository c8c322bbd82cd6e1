using System.Text;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>SMS written as a text file (<c>To:</c> line, blank line, text) in a folder: development and demo.</summary>
internal sealed class SmsFichier(DossiersNotifications dossiers, TimeProvider timeProvider) : IEnvoiSms
{
    public Task EnvoyerAsync(string numero, string texte, CancellationToken cancellationToken)
    {
        var nom = $"{timeProvider.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.txt";
        return File.WriteAllTextAsync(Path.Combine(dossiers.Sms(), nom), $"To: {numero}\n\n{texte}\n", Encoding.UTF8, cancellationToken);
    }
}
