using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.BuildingBlocks.Tests.Persistence;

/// <summary>
/// Every SQLite connection a module context opens carries the configured durability, and waits for the single
/// writer up to the configured busy timeout (<see cref="SqliteBusyHandler"/>).
/// </summary>
[Trait("Category", "Unit")]
public sealed class SqlitePragmasTests
{
    [Theory]
    [InlineData(SqliteSynchronous.Full, 2)]
    [InlineData(SqliteSynchronous.Normal, 1)]
    public async Task Connection_Opened_DurabilityApplied(SqliteSynchronous synchronous, long expected)
    {
        await using var db = Context(synchronous, TimeSpan.FromSeconds(12));

        await db.Database.OpenConnectionAsync();
        var durability = await db.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync();

        Assert.Equal(expected, durability);
    }

    [Fact]
    public async Task Connection_Opened_BusyHandlerInstalled()
    {
        await using var db = Context(SqliteSynchronous.Full, TimeSpan.FromSeconds(12));

        await db.Database.OpenConnectionAsync();

        Assert.True(SqliteBusyHandler.TryInstall((SqliteConnection)db.Database.GetDbConnection(), TimeSpan.FromSeconds(12)));
    }

    [Fact]
    public async Task Write_WhileAnotherWriterHoldsTheLock_WaitsForIt()
    {
        await using var db = Context(SqliteSynchronous.Full, TimeSpan.FromSeconds(30));
        await db.Database.OpenConnectionAsync();
        await using var autre = await HoldWriteLockAsync(db);

        var liberation = Task.Run(async () =>
        {
            await Task.Delay(300);
            await using var commit = autre.CreateCommand();
            commit.CommandText = "COMMIT";
            await commit.ExecuteNonQueryAsync();
        });
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await transaction.CommitAsync();
        }

        await liberation;
        Assert.True(liberation.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Write_LockHeldLongerThanTheBusyTimeout_FailsBusy()
    {
        // Microsoft.Data.Sqlite retries a busy statement itself until the command timeout: 1 s here.
        await using var db = Context(SqliteSynchronous.Full, TimeSpan.FromMilliseconds(200), "Default Timeout=1");
        await db.Database.OpenConnectionAsync();
        await using var autre = await HoldWriteLockAsync(db);

        var tentative = Task.Run(() => db.Database.BeginTransactionAsync());
        var premiere = await Task.WhenAny(tentative, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.Same(tentative, premiere);
        var refus = await Assert.ThrowsAsync<SqliteException>(() => tentative);
        Assert.Equal(5, refus.SqliteErrorCode); // SQLITE_BUSY
    }

    private static DbContext Context(SqliteSynchronous synchronous, TimeSpan busyTimeout, string? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pragmas-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var database = new DatabaseOptions
        {
            DataFolder = folder,
            ConnectionString = settings is null ? null : $"Data Source={Path.Combine(folder, "socialerp.db")};{settings}",
            SqliteSynchronous = synchronous,
            SqliteBusyTimeout = busyTimeout,
        };
        var options = (DbContextOptions<DbContext>)DbContextConfigurator.Configure(new DbContextOptionsBuilder<DbContext>(), database, "tests").Options;
        return new DbContext(options);
    }

    /// <summary>A second connection to the same file, inside a write transaction.</summary>
    private static async Task<SqliteConnection> HoldWriteLockAsync(DbContext db)
    {
        var autre = new SqliteConnection(db.Database.GetDbConnection().ConnectionString);
        await autre.OpenAsync();
        await using var begin = autre.CreateCommand();
        begin.CommandText = "PRAGMA journal_mode=WAL; BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return autre;
    }
}
