namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>A message a module gave up on, as administrators see it.</summary>
public sealed record ParkedMessage(
    Guid MessageId,
    string Module,
    string SourceModule,
    string Type,
    int Attempts,
    string? LastError,
    DateTime OccurredAt,
    DateTime ParkedAt);
