namespace SocialErp.Modules.Journal.Domain;

/// <summary>The electronic channels a notification goes by, and the channel codes of a fiche's preferences.</summary>
internal static class CanauxNotification
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Courrier = "courrier";
    public const string Aucun = "aucun";
}
