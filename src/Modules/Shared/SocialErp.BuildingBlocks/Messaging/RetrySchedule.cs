namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>Delay before the next attempt of a failed message: doubles with each attempt, capped at one hour.</summary>
internal static class RetrySchedule
{
    private static readonly TimeSpan Cap = TimeSpan.FromHours(1);

    public static TimeSpan Delay(MessagingOptions options, int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.RetryBaseDelay.Ticks * factor, Cap.Ticks));
        return delay;
    }
}
