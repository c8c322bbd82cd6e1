namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>A module taking part in messaging: its name and the DbContext holding its outbox and inbox.</summary>
public sealed record MessagingModule(string Name, Type DbContextType);
