using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>The folders the file transports write to, created on first use.</summary>
internal sealed class DossiersNotifications(IOptions<NotificationsOptions> options, IOptions<DatabaseOptions> database)
{
    public string Email() => Creer(options.Value.Email.Dossier, "email");

    public string Sms() => Creer(options.Value.Sms.Dossier, "sms");

    private string Creer(string? configure, string defaut)
    {
        var dossier = Path.GetFullPath(string.IsNullOrWhiteSpace(configure)
            ? Path.Combine(database.Value.DataFolder, "notifications", defaut)
            : configure);
        Directory.CreateDirectory(dossier);
        return dossier;
    }
}
