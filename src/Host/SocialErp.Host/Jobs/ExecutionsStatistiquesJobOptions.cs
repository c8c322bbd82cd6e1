namespace SocialErp.Host.Jobs;

/// <summary>The <c>Jobs:ExecutionsStatistiques</c> configuration section.</summary>
internal sealed class ExecutionsStatistiquesJobOptions
{
    /// <summary>Quartz cron expression (seconds first): when the scheduled statistics productions are looked for; daily at 05:00 by default.</summary>
    public string Cron { get; set; } = "0 0 5 * * ?";
}
