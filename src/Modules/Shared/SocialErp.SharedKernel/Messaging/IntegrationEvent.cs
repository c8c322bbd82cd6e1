using System.Text.Json.Serialization;

namespace SocialErp.SharedKernel.Messaging;

/// <summary>
/// Base of every integration event: a fact another module may act on. Derived records are sealed, live in a
/// module's Contracts, carry an <see cref="IntegrationEventNameAttribute"/> and only ids and values (never entities).
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTime OccurredAt { get; init; } = DateTime.UtcNow;

    /// <summary>
    /// The aggregate the event is about. Messages of one aggregate are delivered in the order they were written.
    /// </summary>
    [JsonIgnore]
    public abstract string AggregateKey { get; }
}
