using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Security;

namespace SocialErp.BuildingBlocks.Tests.Persistence;

/// <summary>Versions, audit and outbox rows written by ModuleDbContext, on a real SQLite file.</summary>
[Trait("Category", "Unit")]
public sealed class ModuleDbContextTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"paniers-{Guid.NewGuid():N}.db");
    private readonly ModuleDbContextDependencies _dependencies = new(
        new IntegrationEventSerializer(IntegrationEventRegistry.FromAssemblies([typeof(MutationsEnregistreesIntegrationEvent).Assembly])),
        new Anonyme(),
        TimeProvider.System,
        new MessagingSignal(),
        Microsoft.Extensions.Options.Options.Create(new AuditOptions()));

    public ModuleDbContextTests()
    {
        using var db = Open();
        db.Database.EnsureCreated();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task Save_NewAggregate_VersionOneAndOneAuditMessageForTheSave()
    {
        var id = await CreerAsync();

        await using var db = Open();
        Assert.Equal(1, (await db.Paniers.SingleAsync(p => p.Id == id)).Version);
        var audits = await AuditsAsync(db);
        Assert.Contains(audits, a => a.Entite == nameof(Panier) && a.Operation == OperationMutation.Creation
            && a.Changements.Any(c => c.Champ == nameof(Panier.Libelle) && c.Nouvelle == "Courses"));
        Assert.Contains(audits, a => a.Entite == nameof(LignePanier));
        Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync(m => m.Type == "plateforme.mutations-enregistrees.v1"));
    }

    [Fact]
    public async Task Save_OnlyAPartChanged_RootVersionIncrementedWithoutAuditOfTheRoot()
    {
        var id = await CreerAsync();
        await using (var db = Open())
        {
            var panier = await db.Paniers.Include(p => p.Lignes).SingleAsync(p => p.Id == id);
            panier.Lignes.Add(new LignePanier { Article = "Lait" });
            await db.SaveChangesAsync();
        }

        await using var verification = Open();
        Assert.Equal(2, (await verification.Paniers.SingleAsync(p => p.Id == id)).Version);
        var audits = await AuditsAsync(verification);
        Assert.DoesNotContain(audits, a => a.Entite == nameof(Panier) && a.Operation == OperationMutation.Modification);
    }

    [Fact]
    public async Task Save_TwoWritersOfTheSameVersion_SecondOneRefused()
    {
        var id = await CreerAsync();
        await using var premier = Open();
        await using var second = Open();
        var a = await premier.Paniers.Include(p => p.Lignes).SingleAsync(p => p.Id == id);
        var b = await second.Paniers.Include(p => p.Lignes).SingleAsync(p => p.Id == id);

        a.Lignes.Add(new LignePanier { Article = "Pain" });
        await premier.SaveChangesAsync();
        b.Lignes.RemoveAt(0);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Pool_ContextHandedToANewScope_ForgetsWhatTheLastScopeQueuedWithoutSaving()
    {
        var pool = new PooledDbContextFactory<PaniersDbContext>(Options());
        PaniersDbContext premier;
        await using (premier = pool.CreateDbContext())
        {
            premier.AttachScope(_dependencies);
            premier.Publish(new MutationsEnregistreesIntegrationEvent("paniers", null, null, DateTime.UtcNow, []));
        }

        await using var second = pool.CreateDbContext();
        second.AttachScope(_dependencies);
        second.Paniers.Add(new Panier(Guid.CreateVersion7()) { Libelle = "Marché" });
        await second.SaveChangesAsync();

        Assert.Same(premier, second);
        var audits = await AuditsAsync(second);
        Assert.Equal(1, await second.Set<OutboxMessage>().CountAsync());
        Assert.Contains(audits, a => a.Entite == nameof(Panier) && a.Operation == OperationMutation.Creation);
    }

    [Fact]
    public async Task Pool_ContextUsedBeforeAScopeIsAttached_RefusesToSave()
    {
        var pool = new PooledDbContextFactory<PaniersDbContext>(Options());
        await using var db = pool.CreateDbContext();
        db.Paniers.Add(new Panier(Guid.CreateVersion7()) { Libelle = "Sans portée" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    private async Task<Guid> CreerAsync()
    {
        await using var db = Open();
        var panier = new Panier(Guid.CreateVersion7()) { Libelle = "Courses" };
        panier.Lignes.Add(new LignePanier { Article = "Pommes" });
        db.Paniers.Add(panier);
        await db.SaveChangesAsync();
        return panier.Id;
    }

    private static async Task<List<MutationEntite>> AuditsAsync(PaniersDbContext db) =>
        (await db.Set<OutboxMessage>().Where(m => m.Type == "plateforme.mutations-enregistrees.v1").ToListAsync())
        .SelectMany(m => JsonSerializer.Deserialize<MutationsEnregistreesIntegrationEvent>(m.Payload, Json)!.Mutations)
        .ToList();

    private PaniersDbContext Open()
    {
        var db = new PaniersDbContext(Options());
        db.AttachScope(_dependencies);
        return db;
    }

    private DbContextOptions<PaniersDbContext> Options() =>
        new DbContextOptionsBuilder<PaniersDbContext>()
            .UseSqlite($"Data Source={_file}")
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning))
            .Options;

    private sealed class Anonyme : ICurrentUser
    {
        public bool IsAuthenticated => false;

        public Guid? Id => null;

        public string? Email => null;

        public string? Metier => null;

        public Guid? ServiceId => null;

        public Guid? ManagerId => null;

        public bool VoitTousLesServices => false;

        public bool HasPermission(string permission) => false;
    }
}
