namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>Columns shared by outbox and inbox rows: the message, its delivery state and its lease.</summary>
public abstract class StoredMessage
{
    /// <summary>Local, monotonic order of the rows; messages of one aggregate are handled in this order.</summary>
    public long Sequence { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>The event's wire name (<c>fiches.fiche-creee.v1</c>).</summary>
    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public string? AggregateKey { get; set; }

    public DateTime OccurredAt { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    /// <summary>While set in the future, one dispatcher owns the row; an expired lease lets another take over.</summary>
    public DateTime? LockedUntil { get; set; }

    public string? LockedBy { get; set; }

    public string? CorrelationId { get; set; }

    public Guid? UserId { get; set; }
}
