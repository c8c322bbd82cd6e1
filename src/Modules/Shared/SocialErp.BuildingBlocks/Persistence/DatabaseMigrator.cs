using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>Applies every registered context's migrations, and tells which are still pending.</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopeFactory, IEnumerable<MigratableContext> contexts, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var first = true;
        foreach (var context in contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(context.DbContextType);
            if (first && db.Database.IsSqlite())
            {
                // WAL lets readers work while the single writer commits; the mode is stored in the file.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.CloseConnectionAsync();
            }

            first = false;
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) to {Context}: {Migrations}", pending.Count, context.Name, pending);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        var pending = new List<string>();
        await using var scope = scopeFactory.CreateAsyncScope();
        foreach (var context in contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(context.DbContextType);
            pending.AddRange((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Select(m => $"{context.Name}:{m}"));
        }

        return pending;
    }
}
