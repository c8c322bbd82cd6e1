namespace SocialErp.Modules.Dossiers.Features.Shared;

internal static class Horloge
{
    public static DateOnly Aujourdhui(this TimeProvider timeProvider) => DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);

    public static DateTime Maintenant(this TimeProvider timeProvider) => timeProvider.GetUtcNow().UtcDateTime;
}
