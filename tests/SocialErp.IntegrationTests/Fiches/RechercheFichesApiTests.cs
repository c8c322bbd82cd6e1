using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>The search order read from the search-key index (pertinence), the other sorts, and the capped total.</summary>
public abstract class RechercheFichesApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task LireFichesParLot_IdsDUnDossier_VisibleOnesInAskedOrderArchivedIncluded()
    {
        var (proprietaire, _) = await Factory.UserClientAsync(SharedKernel.Security.Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("L")));
        var (autreService, _) = await Factory.UserClientAsync(SharedKernel.Security.Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("M")));
        using var _p = proprietaire;
        using var _a = autreService;
        var premiere = await CreerAsync(proprietaire, new { type = "personne", nom = FichesTestData.Marqueur("Lot"), prenom = "Une" });
        var archivee = await CreerAsync(proprietaire, new { type = "personne", nom = FichesTestData.Marqueur("Lot"), prenom = "Deux" });
        (await proprietaire.PostAsync($"/api/fiches/{archivee}/archivage", null)).EnsureSuccessStatusCode();
        var ailleurs = await CreerAsync(autreService, new { type = "personne", nom = FichesTestData.Marqueur("Lot"), prenom = "Trois" });

        var page = await (await proprietaire.GetAsync($"/api/fiches/lot?ids={archivee}&ids={ailleurs}&ids={Guid.NewGuid()}&ids={premiere}&ids={archivee}")).JsonAsync();
        var lot = page.GetProperty("items");

        Assert.Equal([archivee, premiere], lot.EnumerateArray().Select(f => f.GetProperty("id").GetGuid()));
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.True(lot[0].GetProperty("archivee").GetBoolean());
        Assert.Equal("Une", lot[1].GetProperty("prenom").GetString());
        await (await proprietaire.GetAsync("/api/fiches/lot")).AssertFieldErrorsAsync("ids");
        await (await proprietaire.GetAsync("/api/fiches/lot?" + string.Join('&', Enumerable.Range(0, 101).Select(_ => $"ids={Guid.NewGuid()}"))))
            .AssertFieldErrorsAsync("ids");
        await (await proprietaire.GetAsync("/api/fiches/lot?ids=pas-un-guid")).AssertProblemAsync(System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RechercherFiches_ParDefautAvecTexte_ParMotTrouvePuisNomChaqueFicheUneFois()
    {
        using var client = await Factory.AdminClientAsync();
        var mot = FichesTestData.Marqueur("Quorb").ToLowerInvariant();
        var plusLong = await CreerAsync(client, new { type = "personne", nom = mot + "a", prenom = "Paul" });
        var bea = await CreerAsync(client, new { type = "personne", nom = mot, prenom = "Béa" });
        var anne = await CreerAsync(client, new { type = "personne", nom = mot, prenom = "Anne", autresNoms = mot + "z" });
        var parPrenom = await CreerAsync(client, new { type = "personne", nom = "Alpha", prenom = mot });

        var page = await ListeAsync(client, $"q={mot}");
        var nom = await ListeAsync(client, $"q={mot}&sort=nom");
        var inverse = await ListeAsync(client, $"q={mot}&sort=-pertinence");

        // "mot" before "mota"; for the same key, by name ("alpha mot" < "mot anne" < "mot bea"); Anne once despite two keys.
        Assert.Equal([parPrenom, anne, bea, plusLong], Ids(page));
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.True(page.GetProperty("totalExact").GetBoolean());
        Assert.Equal([parPrenom, anne, bea, plusLong], Ids(nom)); // Alpha, mot Anne, mot Béa, mota
        Assert.Equal([plusLong, bea, anne, parPrenom], Ids(inverse));
        Assert.Equal([bea], Ids(await ListeAsync(client, $"q={mot} b")));
    }

    [Fact]
    public async Task RechercherFiches_ClesModifiees_ChaqueFicheUneFoisASaPremiereCleDansLaPlage()
    {
        using var client = await Factory.AdminClientAsync();
        var mot = FichesTestData.Marqueur("Chain").ToLowerInvariant();
        var autre = await CreerAsync(client, new { type = "personne", nom = mot + "m", prenom = "Zoé" });
        var id = await CreerAsync(client, new { type = "personne", nom = mot + "t", prenom = "Léa" });

        // Léa gains a key before her name ("…b"), then trades it for one between Zoé's and hers ("…p"): each time
        // she is listed once, at her first key in the range, also when the range starts past her first key ("…t").
        var etag = await ModifierAsync(client, id, "\"1\"", new { type = "personne", nom = mot + "t", prenom = "Léa", autresNoms = mot + "b" });
        var avecB = await ListeAsync(client, $"q={mot}");
        var avecBDepuisT = await ListeAsync(client, $"q={mot}t");
        await ModifierAsync(client, id, etag, new { type = "personne", nom = mot + "t", prenom = "Léa", autresNoms = mot + "p" });
        var avecP = await ListeAsync(client, $"q={mot}");
        var avecPDepuisT = await ListeAsync(client, $"q={mot}t");

        Assert.Equal([id, autre], Ids(avecB));
        Assert.Equal(2, avecB.GetProperty("total").GetInt32());
        Assert.Equal([id], Ids(avecBDepuisT));
        Assert.Equal([autre, id], Ids(avecP));
        Assert.Equal(2, avecP.GetProperty("total").GetInt32());
        Assert.Equal([id], Ids(avecPDepuisT));
    }

    [Fact]
    public async Task RechercherFiches_PlusDeFichesQueLePlafond_TotalPlafonneEtPagesCorrectes()
    {
        using var client = await Factory.AdminClientAsync();
        var mot = FichesTestData.Marqueur("Plaf").ToLowerInvariant();
        for (var i = 0; i < 203; i++)
        {
            await CreerAsync(client, new { type = "personne", nom = mot, prenom = $"P{i:D3}" });
        }

        var premiere = await ListeAsync(client, $"q={mot}&pageSize=20");
        var derniere = await ListeAsync(client, $"q={mot}&pageSize=20&page=11");
        var auDela = await ListeAsync(client, $"q={mot}&pageSize=20&page=12");
        var grande = await ListeAsync(client, $"q={mot}&pageSize=500");

        Assert.Equal(200, premiere.GetProperty("total").GetInt32());
        Assert.False(premiere.GetProperty("totalExact").GetBoolean());
        Assert.Equal("P000", premiere.GetProperty("items")[0].GetProperty("prenom").GetString());
        Assert.Equal(3, derniere.GetProperty("items").GetArrayLength());
        Assert.Equal(203, derniere.GetProperty("total").GetInt32());
        Assert.True(derniere.GetProperty("totalExact").GetBoolean());
        Assert.Equal(0, auDela.GetProperty("items").GetArrayLength());
        Assert.Equal(203, auDela.GetProperty("total").GetInt32());
        Assert.Equal(203, grande.GetProperty("items").GetArrayLength());
        Assert.True(grande.GetProperty("totalExact").GetBoolean());
    }

    private static async Task<Guid> CreerAsync(HttpClient client, object fiche) =>
        (await (await client.PostJsonAsync("/api/fiches", fiche)).JsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<string> ModifierAsync(HttpClient client, Guid id, string ifMatch, object fiche)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/fiches/{id}") { Content = JsonContent.Create(fiche) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        var response = await client.SendAsync(request);
        await response.JsonAsync();
        return response.Headers.ETag!.Tag;
    }

    private static async Task<JsonElement> ListeAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/fiches?{query}")).JsonAsync();

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}

[Trait("Category", "Integration")]
public sealed class RechercheFichesApiTestsSqlite(SqliteApiFixture fixture) : RechercheFichesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class RechercheFichesApiTestsPostgreSql(PostgreSqlApiFixture fixture) : RechercheFichesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
