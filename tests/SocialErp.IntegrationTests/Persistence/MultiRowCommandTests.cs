using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Persistence;

/// <summary>
/// What a multi-row command writes when a statement is refused, with and without a transaction, on a real database of
/// each provider: all or nothing, never the statements before the refused one.
/// </summary>
public abstract class MultiRowCommandTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Execute_InTransaction_LaterStatementRefused_NothingWritten()
    {
        await using var db = await OpenAsync();
        await using (await db.Database.BeginTransactionAsync())
        {
            using var command = DeuxInsertionsDontLaSecondeEnDouble(db, out _);

            await Assert.ThrowsAsync<DbUpdateException>(() => command.ExecuteAsync(CancellationToken.None));
        }

        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Execute_WithoutTransaction_WritesEverythingOrNothingOrRefusesToRun()
    {
        await using var db = await OpenAsync();
        using var command = DeuxInsertionsDontLaSecondeEnDouble(db, out var id);

        if (provider == DatabaseProvider.PostgreSql)
        {
            // One command is one implicit transaction: the first statement is rolled back with the refused second.
            Assert.True(command.CanRunAlone);
            var refus = await Assert.ThrowsAsync<DbUpdateException>(() => command.ExecuteAsync(CancellationToken.None));
            Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(refus.InnerException).SqlState);
        }
        else
        {
            // On SQLite each statement outside a transaction commits alone: the command refuses to run.
            Assert.False(command.CanRunAlone);
            await Assert.ThrowsAsync<InvalidOperationException>(() => command.ExecuteAsync(CancellationToken.None));
        }

        Assert.Equal(0, await db.Articles.CountAsync(a => a.Id == id));
    }

    [Fact]
    public async Task CanRunAlone_StatementsOverOneCommand_False()
    {
        await using var db = await OpenAsync();
        using var command = new MultiRowCommand(db);
        var (type, proprietes) = Colonnes(db);

        // 2 000 rows of 2 columns: more parameters than one command takes.
        command.Add(type, proprietes, Enumerable.Range(0, 2_000).Select(i => new object?[] { Guid.NewGuid(), $"article {i}" }), string.Empty);

        Assert.False(command.CanRunAlone);
        await Assert.ThrowsAsync<InvalidOperationException>(() => command.ExecuteAsync(CancellationToken.None));
        Assert.Equal(0, await db.Articles.CountAsync());

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await command.ExecuteAsync(CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal(2_000, await db.Articles.CountAsync());
    }

    private static MultiRowCommand DeuxInsertionsDontLaSecondeEnDouble(ArticlesDbContext db, out Guid id)
    {
        var (type, proprietes) = Colonnes(db);
        id = Guid.NewGuid();
        var command = new MultiRowCommand(db);
        command.Add(type, proprietes, [[id, "premier"]], string.Empty);
        command.Add(type, proprietes, [[Guid.NewGuid(), "second"], [Guid.NewGuid(), "second"]], string.Empty);
        return command;
    }

    private static (IEntityType Type, IReadOnlyList<IProperty> Proprietes) Colonnes(ArticlesDbContext db)
    {
        var type = db.Model.FindEntityType(typeof(Article))!;
        return (type, [type.FindProperty(nameof(Article.Id))!, type.FindProperty(nameof(Article.Libelle))!]);
    }

    private async Task<ArticlesDbContext> OpenAsync()
    {
        var database = await TestDatabase.CreateAsync(provider, "multirow");
        var options = new DbContextOptionsBuilder<ArticlesDbContext>();
        _ = provider == DatabaseProvider.PostgreSql
            ? options.UseNpgsql(database.ConnectionString)
            : options.UseSqlite(database.ConnectionString);
        var db = new ArticlesDbContext(options.Options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    private sealed class ArticlesDbContext(DbContextOptions<ArticlesDbContext> options) : DbContext(options)
    {
        public DbSet<Article> Articles => Set<Article>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Article>().HasIndex(a => a.Libelle).IsUnique();
    }

    private sealed class Article
    {
        public Guid Id { get; set; }

        public string Libelle { get; set; } = "";
    }
}

[Trait("Category", "Integration")]
public sealed class MultiRowCommandTestsSqlite() : MultiRowCommandTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class MultiRowCommandTestsPostgreSql() : MultiRowCommandTests(DatabaseProvider.PostgreSql);
