using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.BuildingBlocks.Tests.Specifications;

/// <summary>The EF evaluator and repository against a real SQLite file.</summary>
[Trait("Category", "Unit")]
public sealed class EfRepositoryTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"spec-{Guid.NewGuid():N}.db");
    private PersonnesDbContext _db = null!;

    public async Task InitializeAsync()
    {
        _db = new PersonnesDbContext(new DbContextOptionsBuilder<PersonnesDbContext>().UseSqlite($"Data Source={_file}").Options);
        await _db.Database.EnsureCreatedAsync();
        var lausanne = new Commune { Id = 5586, Nom = "Lausanne" };
        _db.Personnes.AddRange(
            new Personne { Nom = "Bernard", Age = 40, Adresses = [new Adresse { Localite = "Lausanne", Commune = lausanne }] },
            new Personne { Nom = "Aubert", Age = 17 },
            new Personne { Nom = "Aubert", Age = 52, Adresses = [new Adresse { Localite = "Pully" }, new Adresse { Localite = "Lutry" }] },
            new Personne { Nom = "Chappuis", Age = 30 });
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task ListAndCount_PagedSpecification_CountIgnoresPaging()
    {
        var repository = new EfRepository<Personne, PersonnesDbContext>(_db);
        var specification = new AdultesParNomSpecification(skip: 1, take: 1);

        var page = await repository.ListAsync(specification, CancellationToken.None);
        var total = await repository.CountAsync(specification, CancellationToken.None);

        Assert.Equal("Bernard", Assert.Single(page).Nom);
        Assert.Equal(3, total);
        Assert.Empty(_db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task List_ProjectionWithIncludes_TranslatedToSql()
    {
        var repository = new EfRepository<Personne, PersonnesDbContext>(_db);

        var noms = await repository.ListAsync(new NomsAvecAdressesSpecification(), CancellationToken.None);

        Assert.Equal(["Chappuis (0)", "Bernard (1)"], noms.Take(2));
        Assert.Equal(["Aubert (0)", "Aubert (2)"], noms.Skip(2).Order());
    }

    [Fact]
    public async Task FirstOrDefault_WithIncludeChain_LoadsNavigationPath()
    {
        var repository = new EfRepository<Personne, PersonnesDbContext>(_db);

        var bernard = await repository.FirstOrDefaultAsync(new AvecCommuneSpecification("Bernard"), CancellationToken.None);

        Assert.Equal("Lausanne", bernard!.Adresses.Single().Commune!.Nom);
        Assert.True(await repository.AnyAsync(new AdultesParNomSpecification(prefixe: "Ch"), CancellationToken.None));
        Assert.False(await repository.AnyAsync(new AdultesParNomSpecification(prefixe: "Z"), CancellationToken.None));
    }

    private sealed class AvecCommuneSpecification : Specification<Personne>
    {
        public AvecCommuneSpecification(string nom) =>
            Query.Where(p => p.Nom == nom).Include(p => p.Adresses).ThenInclude(a => a.Commune);
    }
}
