using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.IntegrationTests.Messaging;

/// <summary>
/// Counts the write transactions SQLite commits through the modules' contexts (explicit ones and single writing
/// statements alike): each one takes the database's only write lock. A commit hook on every connection opened.
/// </summary>
public sealed class SqliteWriteTransactions : DbConnectionInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    /// <summary>Adds the counter to every module's DbContext of the host under test.</summary>
    public void AttachTo(IServiceCollection services)
    {
        var configure = typeof(EntityFrameworkServiceCollectionExtensions).GetMethods()
            .Single(m => m.Name == nameof(EntityFrameworkServiceCollectionExtensions.ConfigureDbContext)
                && m.GetParameters()[1].ParameterType == typeof(Action<DbContextOptionsBuilder>));
        var contexts = services.Select(d => d.ImplementationInstance).OfType<MigratableContext>().ToList();
        foreach (var context in contexts)
        {
            configure.MakeGenericMethod(context.DbContextType)
                .Invoke(null, [services, (Action<DbContextOptionsBuilder>)(o => o.AddInterceptors(this)), ServiceLifetime.Singleton]);
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Hook(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Hook(connection);
        return Task.CompletedTask;
    }

    private void Hook(DbConnection connection) =>
        SQLitePCL.raw.sqlite3_commit_hook(((SqliteConnection)connection).Handle, _ =>
        {
            Interlocked.Increment(ref _count);
            return 0;
        }, null);
}
