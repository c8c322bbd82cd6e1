using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Per-connection SQLite settings. A connection waits for the single writer (<see cref="SqliteBusyHandler"/>, or
/// SQLite's busy_timeout if it cannot be installed) instead of failing at once and leaving Microsoft.Data.Sqlite to
/// retry after coarse sleeps (which made concurrent writes crawl). <c>synchronous</c> trades per-commit fsync for
/// throughput: with WAL, NORMAL never corrupts the file but an OS crash may lose the last commits; FULL loses nothing.
/// Settings belong to the native connection, which the pool keeps open: they are applied once per native
/// connection, not at every open of a pooled one (EF opens a connection for each query outside a transaction).
/// </summary>
internal sealed class SqliteConnectionPragmas(SqliteSynchronous synchronous, TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    private readonly string _pragmas =
        $"PRAGMA busy_timeout = {((int)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}; " +
        $"PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsNew((SqliteConnection)connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        SqliteBusyHandler.TryInstall((SqliteConnection)connection, busyTimeout);
        MarkConfigured((SqliteConnection)connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsNew((SqliteConnection)connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        SqliteBusyHandler.TryInstall((SqliteConnection)connection, busyTimeout);
        MarkConfigured((SqliteConnection)connection);
    }

    private bool IsNew(SqliteConnection connection) =>
        connection.Handle is not { } handle || !Configured.TryGetValue(handle, out var applied) || !_pragmas.Equals(applied);

    // Marked once the pragmas ran without error: a failure leaves the handle to be configured at its next open.
    private void MarkConfigured(SqliteConnection connection)
    {
        if (connection.Handle is { } handle)
        {
            Configured.AddOrUpdate(handle, _pragmas);
        }
    }
}
