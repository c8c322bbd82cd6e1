using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.BuildingBlocks.Tests.Persistence;

/// <summary>Every SQLite connection a module context opens carries the configured busy timeout and durability.</summary>
[Trait("Category", "Unit")]
public sealed class SqlitePragmasTests
{
    [Theory]
    [InlineData(SqliteSynchronous.Full, 2)]
    [InlineData(SqliteSynchronous.Normal, 1)]
    public async Task Connection_Opened_PragmasApplied(SqliteSynchronous synchronous, long expected)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pragmas-{Guid.NewGuid():N}");
        var database = new DatabaseOptions { DataFolder = folder, SqliteSynchronous = synchronous, SqliteBusyTimeout = TimeSpan.FromSeconds(12) };
        var options = (DbContextOptions<DbContext>)DbContextConfigurator.Configure(new DbContextOptionsBuilder<DbContext>(), database, "tests").Options;
        await using var db = new DbContext(options);

        await db.Database.OpenConnectionAsync();
        var busyTimeout = await db.Database.SqlQueryRaw<long>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync();
        var durability = await db.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync();

        Assert.Equal(12_000, busyTimeout);
        Assert.Equal(expected, durability);
    }
}
