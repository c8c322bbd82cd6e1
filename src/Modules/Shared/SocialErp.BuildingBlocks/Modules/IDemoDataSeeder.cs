namespace SocialErp.BuildingBlocks.Modules;

/// <summary>
/// Adds a module's demonstration data when <c>Seed:DemoData</c> is true. Must be idempotent: it runs at each start.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Seeders run by ascending order, so one module's demo data may rely on another's events.</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
