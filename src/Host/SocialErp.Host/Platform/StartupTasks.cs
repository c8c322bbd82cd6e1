using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Host.Identite;

namespace SocialErp.Host.Platform;

/// <summary>What runs before the host serves: migrations, the administrator account, demo data.</summary>
internal static class StartupTasks
{
    public static async Task RunAsync(WebApplication app)
    {
        if (StartupGuard.IsGeneratingOpenApiDocument)
        {
            return;
        }

        var configuration = app.Configuration;
        if (configuration.GetValue(DatabaseOptions.SectionName + ":" + nameof(DatabaseOptions.MigrateOnStartup), true))
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdministrateurSeeder>().SeedAsync();
        if (configuration.GetValue("Seed:DemoData", false))
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(app.Lifetime.ApplicationStopping);
            }
        }
    }
}
