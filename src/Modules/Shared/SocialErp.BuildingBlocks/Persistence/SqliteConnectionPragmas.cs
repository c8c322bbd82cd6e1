using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Per-connection SQLite settings. A connection waits for the single writer (<see cref="SqliteBusyHandler"/>, or
/// SQLite's busy_timeout if it cannot be installed) instead of failing at once and leaving Microsoft.Data.Sqlite to
/// retry after coarse sleeps (which made concurrent writes crawl). <c>synchronous</c> trades per-commit fsync for
/// throughput: with WAL, NORMAL never corrupts the file but an OS crash may lose the last commits; FULL loses nothing.
/// </summary>
internal sealed class SqliteConnectionPragmas(SqliteSynchronous synchronous, TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly string _pragmas =
        $"PRAGMA busy_timeout = {((int)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}; " +
        $"PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        SqliteBusyHandler.TryInstall((SqliteConnection)connection, busyTimeout);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        SqliteBusyHandler.TryInstall((SqliteConnection)connection, busyTimeout);
    }
}
