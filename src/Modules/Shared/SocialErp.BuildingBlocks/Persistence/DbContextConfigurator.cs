using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>Points a module's DbContext at the configured provider, with its own migrations history table.</summary>
public static class DbContextConfigurator
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseOptions database, string module)
    {
        var connectionString = database.ResolveConnectionString();
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(NamingConventions.MigrationsHistoryTable(module)));
                // SQLite has no schemas: the module prefix on every table keeps them apart instead.
                options.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
                options.AddInterceptors(new SqliteConnectionPragmas(database.SqliteSynchronous, database.SqliteBusyTimeout));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(NpgsqlConnectionDefaults.Apply(connectionString), o => o.MigrationsHistoryTable("__EFMigrationsHistory", module));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        return options;
    }
}
