using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Host.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.AddSocialErp();
builder.SuppressBackgroundWorkWhenGeneratingOpenApi();
var app = builder.Build();
app.UseSocialErp();

if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    return;
}

await StartupTasks.RunAsync(app);
await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
