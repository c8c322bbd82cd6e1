using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

[Trait("Category", "Integration")]
public sealed class SuiviDemoDataTests
{
    [Fact]
    public async Task DemoData_SeededTwice_StructuresDuSeed002EtPlacementsArmengaudUneFois()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "demo-suivi");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Seed:DemoData"] = "true" });
        using var client = await factory.AdminClientAsync();
        var francois = await FicheAsync(client, "Armengaud");
        var dossier = await (await client.PostJsonAsync("/api/dossiers", new
        {
            nom = "ARMENGAUD François", prestation = "PLACEMENT", communeDomicile = 6153, dateOuverture = "2000-01-01",
            fiches = new[] { new { ficheId = francois, role = "requerant" } },
        })).JsonAsync(HttpStatusCode.Created);
        var id = dossier.GetProperty("id").GetGuid();

        for (var fois = 0; fois < 2; fois++)
        {
            using var scope = factory.Services.CreateScope();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        var structures = await (await client.GetAsync("/api/parametres/structures")).JsonAsync();
        var atelier = structures.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "DEM-ATB");
        Assert.Contains(atelier.GetProperty("places").EnumerateArray(), p => p.GetProperty("code").GetString() == "DEM-ATB-001");
        Assert.Single(structures.EnumerateArray(), s => s.GetProperty("code").GetString() == "DEM-APLAC");
        var placements = (await (await client.GetAsync($"/api/dossiers/{id}/placements")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["DEM-APLAC-002", "DEM-ATB-001"], placements.Select(p => p.GetProperty("placeCode").GetString()));
        var placeAtelier = placements.Single(p => p.GetProperty("placeCode").GetString() == "DEM-ATB-001");
        Assert.Equal(("A.STAND-100", "2013-01-01", "2018-12-31", 6), (
            placeAtelier.GetProperty("planningCode").GetString(), placeAtelier.GetProperty("du").GetString(),
            placeAtelier.GetProperty("au").GetString(), placeAtelier.GetProperty("jours").GetArrayLength()));
        Assert.Single((await (await client.GetAsync($"/api/dossiers/{id}/memos")).JsonAsync()).EnumerateArray());
    }
}
