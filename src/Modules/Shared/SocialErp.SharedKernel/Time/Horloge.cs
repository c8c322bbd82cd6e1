namespace SocialErp.SharedKernel.Time;

/// <summary>Today's date and the current instant (UTC) from the injected clock, the same way in every module.</summary>
public static class Horloge
{
    public static DateOnly Aujourdhui(this TimeProvider timeProvider) => DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);

    public static DateTime Maintenant(this TimeProvider timeProvider) => timeProvider.GetUtcNow().UtcDateTime;
}
