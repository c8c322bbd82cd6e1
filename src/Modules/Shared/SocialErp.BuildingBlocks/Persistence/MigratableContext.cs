namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>A DbContext whose migrations the platform applies at start-up or with the <c>migrate</c> command.</summary>
public sealed record MigratableContext(string Name, Type DbContextType);
