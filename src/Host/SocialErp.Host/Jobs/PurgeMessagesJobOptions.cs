namespace SocialErp.Host.Jobs;

/// <summary>The <c>Jobs:PurgeMessages</c> configuration section.</summary>
internal sealed class PurgeMessagesJobOptions
{
    /// <summary>Quartz cron expression (seconds first), in the server's time zone; every night at 03:00 by default.</summary>
    public string Cron { get; set; } = "0 0 3 * * ?";
}
