using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

[Trait("Category", "Integration")]
public sealed class FichesDemoDataTests
{
    [Fact]
    public async Task DemoData_SeededTwice_FortyFichesOnceWithNearDuplicatesAndCategories()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "demo-fiches");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Seed:DemoData"] = "true" });
        using var client = await factory.AdminClientAsync();
        using (var scope = factory.Services.CreateScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        var toutes = await client.GetFromJsonAsync<JsonElement>("/api/fiches?pageSize=500");
        var muller = await client.GetFromJsonAsync<JsonElement>("/api/fiches?q=muller hel");
        var regies = await client.GetFromJsonAsync<JsonElement>("/api/fiches?categorie=regie");

        Assert.InRange(toutes.GetProperty("total").GetInt32(), 40, 45);
        Assert.Equal(2, muller.GetProperty("total").GetInt32());
        Assert.Equal(3, regies.GetProperty("total").GetInt32());
    }
}
