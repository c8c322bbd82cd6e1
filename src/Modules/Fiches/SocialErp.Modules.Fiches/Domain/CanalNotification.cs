namespace SocialErp.Modules.Fiches.Domain;

internal enum CanalNotification
{
    Email,
    Sms,
    Courrier,
    Aucun,
}
