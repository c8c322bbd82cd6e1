namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>The <c>Messaging</c> configuration section.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    public MessagingMode Mode { get; set; } = MessagingMode.Background;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// On SQLite, how long one inbox batch transaction may hold the database's single writer: past it, the batch
    /// commits what it has done and goes on in a new transaction, after letting in the requests waiting to write.
    /// </summary>
    public TimeSpan SqliteWriteHold { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Failed deliveries (each after its in-process retries) before a message is parked.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First delay before a failed message is tried again; doubles with each attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Immediate retries (exponential backoff with jitter) for transient faults within one attempt.</summary>
    public int InProcessRetries { get; set; } = 3;

    public TimeSpan InProcessRetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a dispatcher owns claimed rows; after a crash another instance takes them over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long processed outbox and inbox rows are kept before the purge job deletes them.</summary>
    public TimeSpan RetentionPeriod { get; set; } = TimeSpan.FromDays(30);

    public string InstanceId { get; set; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
}
