using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Persistence;

/// <summary>
/// The hand-written migrations and snapshots against the model, on each provider: a fresh database migrated
/// must have exactly the schema EF Core would create from the model, and no model change may lack a migration.
/// </summary>
public abstract class MigrationsTests(DatabaseProvider provider)
{
    private static readonly Dictionary<string, string?> NoStartupWork = new()
    {
        ["Database:MigrateOnStartup"] = "false",
        ["Seed:AdminPassword"] = "",
        ["Jobs:Enabled"] = "false",
    };

    [Fact]
    public async Task Migrations_FreshDatabase_SchemaEqualsModel()
    {
        var migrated = await TestDatabase.CreateAsync(provider, "migrated");
        var created = await TestDatabase.CreateAsync(provider, "created");
        IReadOnlyList<string> schemas;
        await using (var factory = new SocialErpApiFactory(migrated, NoStartupWork))
        {
            await factory.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            schemas = factory.Services.GetServices<MigratableContext>().Select(c => c.Name).ToList();
        }

        await using (var factory = new SocialErpApiFactory(created, NoStartupWork))
        {
            using var scope = factory.Services.CreateScope();
            foreach (var context in scope.ServiceProvider.GetServices<MigratableContext>())
            {
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(context.DbContextType);
                await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
            }
        }

        var fromMigrations = await DatabaseSchema.ReadAsync(migrated, schemas);
        var fromModel = await DatabaseSchema.ReadAsync(created, schemas);

        Assert.True(fromModel.Count > 50, $"The model schema looks empty ({fromModel.Count} lines).");
        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"Migrated schema differs from the model.\nMissing after migrations:\n  {string.Join("\n  ", missing)}\nNot in the model:\n  {string.Join("\n  ", extra)}");
    }

    [Fact]
    public async Task Snapshots_EveryContext_NoPendingModelChanges()
    {
        var database = await TestDatabase.CreateAsync(provider, "snapshot");
        await using var factory = new SocialErpApiFactory(database, NoStartupWork);
        using var scope = factory.Services.CreateScope();
        var contexts = scope.ServiceProvider.GetServices<MigratableContext>().ToList();
        Assert.Equal(7, contexts.Count);
        foreach (var context in contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(context.DbContextType);
            var differences = ModelDifferences.Of(db);
            Assert.True(differences.Count == 0, $"{context.Name}: model changes without migration:\n  {string.Join("\n  ", differences)}");
            Assert.False(db.Database.HasPendingModelChanges(), $"{context.Name}: HasPendingModelChanges() is true.");
        }
    }

    [Fact]
    public async Task MigrateCommand_FreshDatabase_AppliesEveryMigrationAndExits()
    {
        var database = await TestDatabase.CreateAsync(provider, "command");
        var hostDll = Path.Combine(AppContext.BaseDirectory, "SocialErp.Host.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{hostDll}\" migrate")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = database.DataFolder,
        };
        foreach (var (key, value) in database.Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "migrate did not exit");
        Assert.True(process.ExitCode == 0, $"migrate exited {process.ExitCode}: {await output} {error}");

        await using var factory = new SocialErpApiFactory(database, NoStartupWork);
        var pending = await factory.Services.GetRequiredService<DatabaseMigrator>().PendingAsync(CancellationToken.None);
        Assert.Empty(pending);
    }
}

[Trait("Category", "Integration")]
public sealed class MigrationsTestsSqlite() : MigrationsTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class MigrationsTestsPostgreSql() : MigrationsTests(DatabaseProvider.PostgreSql);
