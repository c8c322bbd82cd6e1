using System.Net;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>Relations between fiches through HTTP: both directions, the proche/responsable rules and the refusals.</summary>
public abstract class RelationsApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task AjouterRelation_Responsable_Returns201AndBothDirectionsReadable()
    {
        using var client = await Factory.AdminClientAsync();
        var proche = await CreerAsync(client, "Proche");
        var responsable = await CreerAsync(client, "Responsable");

        var response = await client.PostJsonAsync($"/api/fiches/{proche}/relations", new { type = "responsable", ficheId = responsable, du = "2026-01-01" });

        var relation = await response.JsonAsync(HttpStatusCode.Created);
        var relationId = relation.GetProperty("id").GetGuid();
        Assert.Equal($"/api/fiches/{proche}/relations/{relationId}", response.Headers.Location?.OriginalString);
        Assert.Equal("responsable", relation.GetProperty("type").GetString());
        Assert.Equal(responsable, relation.GetProperty("ficheId").GetGuid());
        Assert.True(relation.GetProperty("active").GetBoolean());
        var vueProche = Assert.Single((await ListerAsync(client, proche)).EnumerateArray());
        Assert.Equal("responsable", vueProche.GetProperty("type").GetString());
        Assert.Equal(responsable, vueProche.GetProperty("ficheId").GetGuid());
        Assert.Equal("Responsable", vueProche.GetProperty("nom").GetString());
        Assert.Equal("2026-01-01", vueProche.GetProperty("du").GetString());
        var vueResponsable = Assert.Single((await ListerAsync(client, responsable)).EnumerateArray());
        Assert.Equal("proche", vueResponsable.GetProperty("type").GetString());
        Assert.Equal(proche, vueResponsable.GetProperty("ficheId").GetGuid());
        Assert.Equal(relationId, vueResponsable.GetProperty("id").GetGuid());
        var outbox = Sql.Table(Factory.Database, "fiches", "outbox_message");
        Assert.Equal(1, await Sql.ScalarAsync(
            Factory.Database, $"select count(*) from {outbox} where type = 'fiches.relation-ajoutee.v1' and aggregate_key = 'fiche:{proche}'"));
    }

    [Theory]
    [InlineData("enfant", "parent")]
    [InlineData("parent", "enfant")]
    [InlineData("employeur", "employe")]
    [InlineData("tuteur", "pupille")]
    [InlineData("medecin", "patient")]
    [InlineData("patient", "medecin")]
    [InlineData("conjoint", "conjoint")]
    [InlineData("concubin", "concubin")]
    [InlineData("fratrie", "fratrie")]
    public async Task AjouterRelation_TousLesTypes_InverseVuDeLAutreFiche(string type, string inverse)
    {
        using var client = await Factory.AdminClientAsync();
        var a = await CreerAsync(client, "A");
        var b = await CreerAsync(client, "B");

        (await client.PostJsonAsync($"/api/fiches/{a}/relations", new { type, ficheId = b })).EnsureSuccessStatusCode();

        Assert.Equal(type, Assert.Single((await ListerAsync(client, a)).EnumerateArray()).GetProperty("type").GetString());
        Assert.Equal(inverse, Assert.Single((await ListerAsync(client, b)).EnumerateArray()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task AjouterRelation_SecondResponsable_Returns409EvenFromTheOtherSide()
    {
        using var client = await Factory.AdminClientAsync();
        var proche = await CreerAsync(client, "Proche");
        var premier = await CreerAsync(client, "Premier");
        var second = await CreerAsync(client, "Second");
        (await client.PostJsonAsync($"/api/fiches/{proche}/relations", new { type = "responsable", ficheId = premier })).EnsureSuccessStatusCode();

        var direct = await client.PostJsonAsync($"/api/fiches/{proche}/relations", new { type = "responsable", ficheId = second });
        var inverse = await client.PostJsonAsync($"/api/fiches/{second}/relations", new { type = "proche", ficheId = proche });

        await direct.AssertProblemAsync(HttpStatusCode.Conflict, "fiches.responsable-deja-defini");
        await inverse.AssertProblemAsync(HttpStatusCode.Conflict, "fiches.responsable-deja-defini");
        Assert.Equal(1, (await ListerAsync(client, proche)).GetArrayLength());
        var responsableTermine = await client.PostJsonAsync($"/api/fiches/{second}/relations", new { type = "responsable", ficheId = premier, du = "2020-01-01", au = "2021-01-01" });
        Assert.Equal(HttpStatusCode.Created, responsableTermine.StatusCode);
    }

    [Fact]
    public async Task AjouterRelation_CycleProcheResponsable_Returns409()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await CreerAsync(client, "A");
        var b = await CreerAsync(client, "B");
        var c = await CreerAsync(client, "C");
        (await client.PostJsonAsync($"/api/fiches/{a}/relations", new { type = "responsable", ficheId = b })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/fiches/{b}/relations", new { type = "responsable", ficheId = c })).EnsureSuccessStatusCode();

        var d = await CreerAsync(client, "D");
        var e = await CreerAsync(client, "E");
        (await client.PostJsonAsync($"/api/fiches/{d}/relations", new { type = "responsable", ficheId = e })).EnsureSuccessStatusCode();

        var boucleLongue = await client.PostJsonAsync($"/api/fiches/{c}/relations", new { type = "responsable", ficheId = a });
        var boucleCourte = await client.PostJsonAsync($"/api/fiches/{d}/relations", new { type = "proche", ficheId = e });

        await boucleLongue.AssertProblemAsync(HttpStatusCode.Conflict, "fiches.relation-cyclique");
        await boucleCourte.AssertProblemAsync(HttpStatusCode.Conflict, "fiches.relation-cyclique");
    }

    [Fact]
    public async Task AjouterRelation_MemeRelationActive_Returns409()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await CreerAsync(client, "A");
        var b = await CreerAsync(client, "B");
        (await client.PostJsonAsync($"/api/fiches/{a}/relations", new { type = "conjoint", ficheId = b })).EnsureSuccessStatusCode();

        var response = await client.PostJsonAsync($"/api/fiches/{b}/relations", new { type = "conjoint", ficheId = a });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "fiches.relation-existante");
    }

    [Fact]
    public async Task AjouterRelation_VersElleMeme_Returns400OnFicheId()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await CreerAsync(client, "A");

        var response = await client.PostJsonAsync($"/api/fiches/{a}/relations", new { type = "conjoint", ficheId = a });

        await response.AssertFieldErrorsAsync("ficheId");
        Assert.Equal(0, (await ListerAsync(client, a)).GetArrayLength());
    }

    [Theory]
    [InlineData("{\"type\":\"cousin\",\"ficheId\":\"0195a0f0-0000-7000-8000-000000000001\"}", "type")]
    [InlineData("{\"type\":\"parent\"}", "ficheId")]
    [InlineData("{\"ficheId\":\"0195a0f0-0000-7000-8000-000000000001\"}", "type")]
    [InlineData("{\"type\":\"parent\",\"ficheId\":\"0195a0f0-0000-7000-8000-000000000001\",\"du\":\"2026-02-01\",\"au\":\"2026-01-01\"}", "au")]
    public async Task AjouterRelation_BadInput_Returns400NamingTheField(string json, string field)
    {
        using var client = await Factory.AdminClientAsync();
        var a = await CreerAsync(client, "A");

        var response = await client.PostAsync($"/api/fiches/{a}/relations", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertFieldErrorsAsync(field);
    }

    [Fact]
    public async Task AjouterRelation_FicheInconnueOuInvisible_Returns404()
    {
        using var admin = await Factory.AdminClientAsync();
        var service = await Factory.CreateServiceAsync($"R{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var autreService = await CreerAsync(admin, "Ailleurs");
        var a = await CreerAsync(assistant, "A");

        await (await assistant.PostJsonAsync($"/api/fiches/{a}/relations", new { type = "parent", ficheId = Guid.NewGuid() }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fiche-introuvable");
        await (await assistant.PostJsonAsync($"/api/fiches/{a}/relations", new { type = "parent", ficheId = autreService }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fiche-introuvable");
        await (await assistant.PostJsonAsync($"/api/fiches/{autreService}/relations", new { type = "parent", ficheId = a }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fiche-introuvable");
        await (await assistant.GetAsync($"/api/fiches/{autreService}/relations")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RetirerRelation_DepuisLAutreFiche_Returns204ThenNewResponsableAllowed()
    {
        using var client = await Factory.AdminClientAsync();
        var proche = await CreerAsync(client, "Proche");
        var premier = await CreerAsync(client, "Premier");
        var second = await CreerAsync(client, "Second");
        var relationId = (await (await client.PostJsonAsync($"/api/fiches/{proche}/relations", new { type = "responsable", ficheId = premier }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var retrait = await client.DeleteAsync($"/api/fiches/{premier}/relations/{relationId}");
        var encore = await client.DeleteAsync($"/api/fiches/{premier}/relations/{relationId}");

        Assert.Equal(HttpStatusCode.NoContent, retrait.StatusCode);
        await encore.AssertProblemAsync(HttpStatusCode.NotFound, "fiches.relation-introuvable");
        Assert.Equal(0, (await ListerAsync(client, proche)).GetArrayLength());
        (await client.PostJsonAsync($"/api/fiches/{proche}/relations", new { type = "responsable", ficheId = second })).EnsureSuccessStatusCode();
        var outbox = Sql.Table(Factory.Database, "fiches", "outbox_message");
        Assert.Equal(1, await Sql.ScalarAsync(
            Factory.Database, $"select count(*) from {outbox} where type = 'fiches.relation-retiree.v1' and aggregate_key = 'fiche:{proche}'"));
    }

    [Fact]
    public async Task RetirerRelation_FicheNonConcernee_Returns404()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await CreerAsync(client, "A");
        var b = await CreerAsync(client, "B");
        var c = await CreerAsync(client, "C");
        var relationId = (await (await client.PostJsonAsync($"/api/fiches/{a}/relations", new { type = "fratrie", ficheId = b }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var response = await client.DeleteAsync($"/api/fiches/{c}/relations/{relationId}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "fiches.relation-introuvable");
        Assert.Equal(1, (await ListerAsync(client, a)).GetArrayLength());
    }

    [Fact]
    public async Task Relations_MetierSansEcriture_Returns403ButCanRead()
    {
        using var admin = await Factory.AdminClientAsync();
        var a = await CreerAsync(admin, "A");
        var b = await CreerAsync(admin, "B");
        var relationId = (await (await admin.PostJsonAsync($"/api/fiches/{a}/relations", new { type = "fratrie", ficheId = b }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable);
        using var _c = comptable;

        await (await comptable.PostJsonAsync($"/api/fiches/{a}/relations", new { type = "parent", ficheId = b })).AssertProblemAsync(HttpStatusCode.Forbidden, "acces-refuse");
        await (await comptable.DeleteAsync($"/api/fiches/{a}/relations/{relationId}")).AssertProblemAsync(HttpStatusCode.Forbidden, "acces-refuse");
        Assert.Equal(1, (await ListerAsync(admin, a)).GetArrayLength());
    }

    [Fact]
    public async Task ObtenirRelation_LocationDeLaCreation_RepondLaRelationVueDeChaqueFiche()
    {
        using var client = await Factory.AdminClientAsync();
        var proche = await CreerAsync(client, "Proche");
        var responsable = await CreerAsync(client, "Responsable");
        var autre = await CreerAsync(client, "Autre");
        var creation = await client.PostJsonAsync($"/api/fiches/{proche}/relations", new { type = "responsable", ficheId = responsable });
        var relationId = (await creation.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var lue = await (await client.GetAsync(creation.Headers.Location)).JsonAsync();
        var vueResponsable = await (await client.GetAsync($"/api/fiches/{responsable}/relations/{relationId}")).JsonAsync();

        Assert.Equal(relationId, lue.GetProperty("id").GetGuid());
        Assert.Equal(("responsable", responsable), (lue.GetProperty("type").GetString(), lue.GetProperty("ficheId").GetGuid()));
        Assert.Equal(("proche", proche), (vueResponsable.GetProperty("type").GetString(), vueResponsable.GetProperty("ficheId").GetGuid()));
        await (await client.GetAsync($"/api/fiches/{autre}/relations/{relationId}")).AssertProblemAsync(HttpStatusCode.NotFound, "fiches.relation-introuvable");
        await (await client.GetAsync($"/api/fiches/{proche}/relations/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "fiches.relation-introuvable");
    }

    [Fact]
    public async Task ObtenirRelation_FicheInvisible_Returns404()
    {
        using var admin = await Factory.AdminClientAsync();
        var proche = await CreerAsync(admin, "Proche");
        var relation = await (await admin.PostJsonAsync($"/api/fiches/{proche}/relations", new { type = "conjoint", ficheId = await CreerAsync(admin, "Conjoint") }))
            .JsonAsync(HttpStatusCode.Created);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("R")));
        using var _a = assistant;

        var response = await assistant.GetAsync($"/api/fiches/{proche}/relations/{relation.GetProperty("id").GetGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fiche-introuvable");
    }

    private static async Task<Guid> CreerAsync(HttpClient client, string nom) =>
        (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom, prenom = $"P{Guid.NewGuid():N}"[..10] }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> ListerAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/fiches/{id}/relations")).JsonAsync();
}

[Trait("Category", "Integration")]
public sealed class RelationsApiTestsSqlite(SqliteApiFixture fixture) : RelationsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class RelationsApiTestsPostgreSql(PostgreSqlApiFixture fixture) : RelationsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
