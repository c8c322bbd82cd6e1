using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// How a SQLite connection waits for the single writer: it tries again every millisecond until the busy timeout.
/// SQLite's own busy_timeout backs off instead (1, 2, 5, 10… then 100 ms between tries): under concurrent writes, a
/// transaction that has already waited sleeps 50 to 100 ms while late comers, still polling every few milliseconds,
/// take the lock before it, so a few writes wait seconds (p99 of 1.5–3 s for a fiche creation at 8 connections).
/// Polling at the same short interval gives every waiter the same chance and leaves the freed lock idle for at most
/// about a millisecond. Installed on the native handle of Microsoft.Data.Sqlite's own library (e_sqlite3).
/// </summary>
internal static class SqliteBusyHandler
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(1);

    // Kept alive for the process: SQLite holds a pointer to it.
    private static readonly BusyCallback Callback = TryAgain;

    // When a connection of this process last found the writer taken (Stopwatch timestamp).
    private static long _lastWait;

    private delegate int BusyCallback(IntPtr timeoutMilliseconds, int attempts);

    /// <returns>false when the handler could not be installed (the connection keeps busy_timeout).</returns>
    public static bool TryInstall(SqliteConnection connection, TimeSpan timeout)
    {
        if (connection.Handle is not { IsInvalid: false } handle)
        {
            return false;
        }

        try
        {
            return sqlite3_busy_handler(handle.DangerousGetHandle(), Callback, new IntPtr(Math.Max(1, (long)timeout.TotalMilliseconds))) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// For a writer that chains transactions (the bus): if connections were waiting for the writer a moment ago, pauses
    /// long enough for each of them to try again, so that one of them takes the lock before the next transaction does.
    /// Without it the chaining writer, which begins again within microseconds, would keep the lock from them.
    /// </summary>
    public static Task LetWaitingWritersInAsync(CancellationToken cancellationToken) =>
        Stopwatch.GetElapsedTime(Volatile.Read(ref _lastWait)) < 2 * PollInterval ? Task.Delay(2 * PollInterval, cancellationToken) : Task.CompletedTask;

    /// <summary>SQLite calls it each time the lock is still taken; a nonzero return means "try again".</summary>
    private static int TryAgain(IntPtr timeoutMilliseconds, int attempts)
    {
        if (attempts >= timeoutMilliseconds.ToInt64())
        {
            return 0;
        }

        Volatile.Write(ref _lastWait, Stopwatch.GetTimestamp());
        Thread.Sleep(PollInterval);
        return 1;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(IntPtr db, BusyCallback callback, IntPtr state);
}
