using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal.Notifications;

/// <summary>
/// A host whose e-mails go to a test SMTP server and whose SMS are files in a temporary folder; three attempts without
/// delay before « echec »; the sender runs when a test triggers it (its interval is an hour).
/// </summary>
public abstract class NotificationsFixture(DatabaseProvider provider) : ApiFixture(provider), IDisposable
{
    public ServeurSmtpDeTest Smtp { get; } = new();

    public string DossierSms { get; } = Directory.CreateTempSubdirectory("socialerp-sms-").FullName;

    public void Dispose()
    {
        Smtp.Dispose();
        Directory.Delete(DossierSms, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected override IReadOnlyDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["Journal:Notifications:Email:Transport"] = "smtp",
        ["Journal:Notifications:Email:Smtp:Hote"] = "127.0.0.1",
        ["Journal:Notifications:Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Journal:Notifications:Email:Smtp:Tls"] = "false",
        ["Journal:Notifications:Email:Smtp:Delai"] = "00:00:05",
        ["Journal:Notifications:Sms:Transport"] = "fichier",
        ["Journal:Notifications:Sms:Dossier"] = DossierSms,
        ["Journal:Notifications:MaxTentatives"] = "3",
        ["Journal:Notifications:DelaiTentative"] = "00:00:00",
        ["Journal:Notifications:IntervalleEnvoi"] = "01:00:00",
    };
}

public sealed class NotificationsSqliteFixture() : NotificationsFixture(DatabaseProvider.Sqlite);

public sealed class NotificationsPostgreSqlFixture() : NotificationsFixture(DatabaseProvider.PostgreSql);
