using System.Collections.Concurrent;
using System.Data.Common;
using Npgsql;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Connection settings the application's PostgreSQL connections get unless the configured connection string sets
/// them itself (an explicit value, even the default, is kept):
/// <list type="bullet">
/// <item><c>Max Auto Prepare</c>: every request runs the same few hundred statements; preparing them once per
/// physical connection saves PostgreSQL the parse and plan of each execution (pgbench is measured with
/// <c>-M prepared</c> too).</item>
/// <item><c>No Reset On Close</c>: EF opens and closes the connection around every query outside a transaction, and
/// each close makes Npgsql reset the session state before the next use. No module keeps session state on a
/// connection (no SET, temporary table, LISTEN or session-level advisory lock: the advisory locks taken are
/// transaction-scoped), so that reset is work for nothing.</item>
/// </list>
/// </summary>
public static class NpgsqlConnectionDefaults
{
    /// <summary>Statements kept prepared per physical connection, least recently used recycled beyond.</summary>
    public const int MaxAutoPrepare = 200;

    // Options are built for every DbContext instance: each configured string is completed once per process.
    private static readonly ConcurrentDictionary<string, string> Completed = new(StringComparer.Ordinal);

    public static string Apply(string connectionString) => Completed.GetOrAdd(connectionString, Complete);

    private static string Complete(string connectionString)
    {
        // The keys as written (Npgsql's own builder answers for every keyword it knows, set or not).
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>().Select(Normalise).ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains(Normalise("Max Auto Prepare")))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!written.Contains(Normalise("No Reset On Close")))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static string Normalise(string keyword) => keyword.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
