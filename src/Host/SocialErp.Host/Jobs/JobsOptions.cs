namespace SocialErp.Host.Jobs;

/// <summary>The <c>Jobs</c> configuration section: whether this instance runs the scheduler, and each job's schedule.</summary>
internal sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>When false, no scheduler runs in this instance (the jobs run on the other instances of a cluster).</summary>
    public bool Enabled { get; set; } = true;

    public PurgeMessagesJobOptions PurgeMessages { get; set; } = new();

    /// <summary>When the scheduled statistics productions are looked for (daily at 05:00 by default).</summary>
    public ExecutionsStatistiquesJobOptions ExecutionsStatistiques { get; set; } = new();
}
