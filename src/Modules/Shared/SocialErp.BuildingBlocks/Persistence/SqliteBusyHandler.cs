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
    // Kept alive for the process: SQLite holds a pointer to it.
    private static readonly BusyCallback Callback = TryAgain;

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

    /// <summary>SQLite calls it each time the lock is still taken; a nonzero return means "try again".</summary>
    private static int TryAgain(IntPtr timeoutMilliseconds, int attempts)
    {
        if (attempts >= timeoutMilliseconds.ToInt64())
        {
            return 0;
        }

        Thread.Sleep(1);
        return 1;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(IntPtr db, BusyCallback callback, IntPtr state);
}
