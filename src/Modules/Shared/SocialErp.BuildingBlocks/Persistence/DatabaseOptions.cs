namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Full connection string; when empty on SQLite, a file <c>socialerp.db</c> in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    public string DataFolder { get; set; } = "data";

    /// <summary>
    /// SQLite durability: <see cref="SqliteSynchronous.Full"/> (default) syncs every commit to disk, so nothing
    /// committed is lost even on power failure; Normal is faster and only risks the last commits on an OS crash.
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Full;

    /// <summary>How long a SQLite writer waits for the lock before failing.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Apply pending migrations when the host starts (otherwise run <c>SocialErp.Host migrate</c>).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException("Database:ConnectionString is required with the PostgreSql provider.");
        }

        Directory.CreateDirectory(DataFolder);
        return $"Data Source={Path.Combine(DataFolder, "socialerp.db")};Default Timeout=30;Pooling=True";
    }
}
