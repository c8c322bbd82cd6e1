using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.ArchitectureTests.Host;
using SocialErp.ArchitectureTests.Support;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.ArchitectureTests.Persistence;

/// <summary>
/// Each module owns its tables and its migrations in the one shared database; checked on the EF models the
/// running host builds, for every context the platform migrates.
/// </summary>
[Trait("Category", "Architecture")]
[Collection(HostCollection.Name)]
public sealed class ModulePersistenceTests(HostFixture host)
{
    /// <summary>The host's own users context: not a module, so it does not follow the module naming rules.</summary>
    private const string IdentityContext = "identite";

    [Fact]
    public void ModuleContexts_MappedTables_OnlyUnderOwnPrefixAndSchema()
    {
        using var scope = host.Services.CreateScope();
        var tables = Contexts(scope)
            .Where(c => c.Name != IdentityContext)
            .SelectMany(c => Tables(c.Db).Select(t => (Module: c.Name, t.Schema, Table: t.Name)))
            .ToList();
        ArchitectureAssert.Scanned("module tables", tables, KnownModules.All.Count);
        ArchitectureAssert.Scanned("module contexts", tables.Select(t => t.Module).Distinct().ToList(), KnownModules.All.Count);

        ArchitectureAssert.NoOffenders(
            "A module's DbContext maps only tables named <module>_… in schema <module>",
            tables
                .Where(t => !t.Table.StartsWith(t.Module + "_", StringComparison.Ordinal) || t.Schema != t.Module)
                .Select(t => $"{t.Module}: {t.Schema ?? "(no schema)"}.{t.Table}"));
    }

    [Fact]
    public void Contexts_TableNames_UniqueAcrossContexts()
    {
        using var scope = host.Services.CreateScope();
        var tables = Contexts(scope).SelectMany(c => Tables(c.Db).Select(t => (Context: c.Name, Table: t.Name))).ToList();
        ArchitectureAssert.Scanned("tables", tables, KnownModules.All.Count + 1);

        // SQLite has no schemas, so a table name must be unique on its own.
        ArchitectureAssert.NoOffenders(
            "No two contexts map the same table name",
            tables.GroupBy(t => t.Table, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .Select(g => $"{g.Key}: mapped by {string.Join(", ", g.Select(t => t.Context))}"));
    }

    [Fact]
    public void Contexts_MigrationsHistoryTables_DistinctPerContext()
    {
        using var scope = host.Services.CreateScope();
        var histories = Contexts(scope).Select(c => (c.Name, c.Db, History: HistoryTable(c.Db))).ToList();
        ArchitectureAssert.Scanned("contexts", histories, KnownModules.All.Count + 1);

        var offenders = histories
            .GroupBy(h => h.History)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Schema}.{g.Key.Table}: shared by {string.Join(", ", g.Select(h => h.Name))}")
            .Concat(histories
                .Where(h => h.Db.Database.IsSqlite() && h.History.Table != NamingConventions.MigrationsHistoryTable(h.Name))
                .Select(h => $"{h.Name}: history table {h.History.Table}, expected {NamingConventions.MigrationsHistoryTable(h.Name)} on SQLite"))
            .Concat(histories
                .Where(h => !h.Db.Database.IsSqlite() && h.History.Schema != h.Name)
                .Select(h => $"{h.Name}: history table in schema {h.History.Schema ?? "(default)"}, expected {h.Name}"));
        ArchitectureAssert.NoOffenders("Each context has its own migrations history table", offenders);
    }

    [Fact]
    public void Contexts_MigrationsAssembly_HasSnapshotAndMigrations()
    {
        using var scope = host.Services.CreateScope();
        var contexts = Contexts(scope);
        ArchitectureAssert.Scanned("contexts", contexts, KnownModules.All.Count + 1);

        var offenders = new List<string>();
        foreach (var (name, db) in contexts)
        {
            var migrations = db.GetService<IMigrationsAssembly>();
            if (migrations.ModelSnapshot is null)
            {
                offenders.Add($"{name}: no ModelSnapshot for {db.GetType().Name} in {migrations.Assembly.GetName().Name}");
            }

            if (migrations.Migrations.Count == 0)
            {
                offenders.Add($"{name}: no migration for {db.GetType().Name} in {migrations.Assembly.GetName().Name}");
            }
        }

        ArchitectureAssert.NoOffenders("Each context's migrations assembly has a model snapshot and at least one migration", offenders);
    }

    [Fact]
    public void MigrationClasses_InMigrationsAssemblies_CarryDbContextAndMigrationAttributes()
    {
        using var scope = host.Services.CreateScope();
        var contexts = Contexts(scope);
        var contextTypes = contexts.Select(c => c.Db.GetType()).ToHashSet();
        var migrationTypes = contexts
            .Select(c => c.Db.GetService<IMigrationsAssembly>().Assembly)
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract)
            .ToList();
        ArchitectureAssert.Scanned("migration classes", migrationTypes, KnownModules.All.Count + 1);

        var offenders = new List<string>();
        foreach (var type in migrationTypes)
        {
            var context = type.GetCustomAttribute<DbContextAttribute>();
            if (context is null)
            {
                offenders.Add($"{type.FullName}: no [DbContext]");
            }
            else if (!contextTypes.Contains(context.ContextType))
            {
                offenders.Add($"{type.FullName}: [DbContext({context.ContextType.Name})] is not a context the platform migrates");
            }

            if (type.GetCustomAttribute<MigrationAttribute>() is null)
            {
                offenders.Add($"{type.FullName}: no [Migration]");
            }
        }

        ArchitectureAssert.NoOffenders("Every Migration carries [DbContext] and [Migration], or EF Core silently skips it", offenders);
    }

    private static List<(string Name, DbContext Db)> Contexts(IServiceScope scope) =>
        scope.ServiceProvider.GetServices<MigratableContext>()
            .Select(c => (c.Name, Db: (DbContext)scope.ServiceProvider.GetRequiredService(c.DbContextType)))
            .ToList();

    private static IEnumerable<(string? Schema, string Name)> Tables(DbContext db)
    {
        var model = db.Model.GetRelationalModel();
        return model.Tables.Select(t => (t.Schema, t.Name)).Concat(model.Views.Select(v => (v.Schema, v.Name)));
    }

    private static (string? Schema, string Table) HistoryTable(DbContext db)
    {
        var options = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>());
        return (options.MigrationsHistoryTableSchema, options.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName);
    }
}
