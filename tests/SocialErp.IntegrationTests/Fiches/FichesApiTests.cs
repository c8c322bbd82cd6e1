using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>The first slice through real HTTP: create, read, search, replace with If-Match, and the refusals.</summary>
public abstract class FichesApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task CreerFiche_PersonneValide_Returns201WithLocationETagAndBody()
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.PostJsonAsync("/api/fiches", new
        {
            type = "personne", nom = "Armengaud", prenom = "François", dateNaissance = "1980-04-12",
            numeroAvs = "756.9217.0769.85", email = "f.armengaud@example.ch",
        });

        var fiche = await response.JsonAsync(HttpStatusCode.Created);
        var id = fiche.GetProperty("id").GetGuid();
        Assert.Equal($"/api/fiches/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("personne", fiche.GetProperty("type").GetString());
        Assert.Equal("756.9217.0769.85", fiche.GetProperty("numeroAvs").GetString());
        Assert.Equal("1980-04-12", fiche.GetProperty("dateNaissance").GetString());
        Assert.Equal(1, fiche.GetProperty("version").GetInt64());

        var lue = await client.GetAsync($"/api/fiches/{id}");
        Assert.Equal("Armengaud", (await lue.JsonAsync()).GetProperty("nom").GetString());
        Assert.Equal("\"1\"", lue.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task CreerFiche_NomEtPrenomManquants_Returns400WithFieldErrors()
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = "" });

        await response.AssertFieldErrorsAsync("nom", "prenom");
    }

    [Theory]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"dateNaissance\":\"12.04.1980\"}", "dateNaissance")]
    [InlineData("{\"type\":\"inconnu\",\"nom\":\"A\",\"prenom\":\"B\"}", "type")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"numeroAvs\":\"756.1234.5678.90\"}", "numeroAvs")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"email\":\"pas-un-email\"}", "email")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"dateNaissance\":\"2999-01-01\"}", "dateNaissance")]
    [InlineData("{\"type\":\"organisation\"}", "raisonSociale")]
    [InlineData("{\"type\":\"personne\",\"nom\":", "nom")]
    public async Task CreerFiche_BadInput_Returns400NeverServerError(string json, string field)
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.PostAsync("/api/fiches", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.AssertFieldErrorsAsync(field);
    }

    [Fact]
    public async Task CreerFiche_AvsDejaPorte_Returns409()
    {
        using var client = await Factory.AdminClientAsync();
        (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = "Un", prenom = "A", numeroAvs = "7561111111113" })).EnsureSuccessStatusCode();

        var response = await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = "Deux", prenom = "B", numeroAvs = "756.1111.1111.13" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "fiches.avs-deja-utilise");
    }

    [Fact]
    public async Task RechercherFiches_TexteSansAccentAvecPagination_ReturnsPageAndTotal()
    {
        using var client = await Factory.AdminClientAsync();
        var marqueur = $"Zoë{Guid.NewGuid():N}"[..12];
        foreach (var prenom in new[] { "Anne", "Béatrice", "Céline" })
        {
            (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = marqueur, prenom })).EnsureSuccessStatusCode();
        }

        var recherche = marqueur.Replace("ë", "E", StringComparison.Ordinal);
        var page1 = await (await client.GetAsync($"/api/fiches?q={recherche}&pageSize=2&sort=-nom")).JsonAsync();
        var page2 = await (await client.GetAsync($"/api/fiches?q={recherche}&pageSize=2&page=2&sort=-nom")).JsonAsync();

        Assert.Equal(3, page1.GetProperty("total").GetInt32());
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        Assert.Equal("Céline", page1.GetProperty("items")[0].GetProperty("prenom").GetString());
        Assert.Equal("Anne", Assert.Single(page2.GetProperty("items").EnumerateArray()).GetProperty("prenom").GetString());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=501")]
    [InlineData("sort=telephone")]
    [InlineData("page=abc")]
    public async Task RechercherFiches_BadPaging_Returns400(string query)
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.GetAsync($"/api/fiches?{query}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ObtenirFiche_Inconnue_Returns404Problem()
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.GetAsync($"/api/fiches/{Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fiche-introuvable");
    }

    [Fact]
    public async Task ModifierFiche_IfMatchCourantPuisPerime_Returns200Then412AndKeepsData()
    {
        using var client = await Factory.AdminClientAsync();
        var id = (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = "Avant", prenom = "A" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var premiere = await PutAsync(client, id, "\"1\"", "Après");
        var perimee = await PutAsync(client, id, "\"1\"", "Écrasement");
        var illisible = await PutAsync(client, id, "pas-un-etag", "Écrasement");

        Assert.Equal("\"2\"", premiere.Headers.ETag?.Tag);
        Assert.Equal("Après", (await premiere.JsonAsync()).GetProperty("nom").GetString());
        await perimee.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "version-obsolete");
        await illisible.AssertFieldErrorsAsync("If-Match");
        var lue = await (await client.GetAsync($"/api/fiches/{id}")).JsonAsync();
        Assert.Equal("Après", lue.GetProperty("nom").GetString());
        Assert.Equal(2, lue.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Fiches_SansJeton_Returns401Problem()
    {
        using var anonymous = Factory.CreateClient();

        var response = await anonymous.GetAsync("/api/fiches");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "non-authentifie");
    }

    [Fact]
    public async Task CreerFiche_MetierSansPermission_Returns403Problem()
    {
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable);
        using var _c = comptable;

        var response = await comptable.PostJsonAsync("/api/fiches", new { type = "personne", nom = "Refus", prenom = "A" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "acces-refuse");
        Assert.Equal(HttpStatusCode.OK, (await comptable.GetAsync("/api/fiches")).StatusCode);
    }

    [Fact]
    public async Task Fiches_AutreService_InvisibleMaisVisiblePourLaDirection()
    {
        var serviceA = await Factory.CreateServiceAsync($"A{Guid.NewGuid():N}"[..10]);
        var serviceB = await Factory.CreateServiceAsync($"B{Guid.NewGuid():N}"[..10]);
        var (asA, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceA);
        var (asB, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceB);
        var (direction, _) = await Factory.UserClientAsync(Metiers.Direction, serviceB);
        var nom = $"Secret{Guid.NewGuid():N}"[..14];
        var id = (await (await asA.PostJsonAsync("/api/fiches", new { type = "personne", nom, prenom = "A" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await asB.GetAsync($"/api/fiches/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await asB.GetAsync($"/api/fiches?q={nom}")).JsonAsync()).GetProperty("total").GetInt32());
        await (await PutAsync(asB, id, "\"1\"", "Pirate")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await asA.GetAsync($"/api/fiches/{id}")).StatusCode);
        Assert.Equal(1, (await (await direction.GetAsync($"/api/fiches?q={nom}")).JsonAsync()).GetProperty("total").GetInt32());

        await Factory.DrainMessagesAsync();
        await (await asB.GetAsync($"/api/journal?cibleType=fiche&cibleId={id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, (await (await asA.GetAsync($"/api/journal?cibleType=fiche&cibleId={id}")).JsonAsync()).GetProperty("total").GetInt32());
        asA.Dispose();
        asB.Dispose();
        direction.Dispose();
    }

    [Fact]
    public async Task FicheCreeeEtModifiee_Drained_JournalEntryAndMutationsWithBeforeAfter()
    {
        var (assistant, userId) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync($"M{Guid.NewGuid():N}"[..10]));
        using var _a = assistant;
        using var admin = await Factory.AdminClientAsync();
        var id = (await (await assistant.PostJsonAsync("/api/fiches", new { type = "personne", nom = "Muller", prenom = "Hélène" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await PutAsync(assistant, id, "\"1\"", "Müller")).EnsureSuccessStatusCode();

        await Factory.DrainMessagesAsync();

        var journal = await (await assistant.GetAsync($"/api/journal?cibleType=fiche&cibleId={id}")).JsonAsync();
        var entree = Assert.Single(journal.GetProperty("items").EnumerateArray());
        Assert.Equal("creation", entree.GetProperty("type").GetString());
        Assert.True(entree.GetProperty("automatique").GetBoolean());
        var mutations = await (await admin.GetAsync($"/api/mutations?module=fiches&entite=Fiche&entiteId={id}")).JsonAsync();
        Assert.Equal(2, mutations.GetProperty("total").GetInt32());
        var modification = mutations.GetProperty("items")[0];
        Assert.Equal("modification", modification.GetProperty("operation").GetString());
        Assert.Equal(userId, modification.GetProperty("utilisateurId").GetGuid());
        var nom = modification.GetProperty("changements").EnumerateArray().Single(c => c.GetProperty("champ").GetString() == "Nom");
        Assert.Equal("Muller", nom.GetProperty("ancienne").GetString());
        Assert.Equal("Müller", nom.GetProperty("nouvelle").GetString());
        await (await assistant.GetAsync("/api/mutations")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, string ifMatch, string nom)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/fiches/{id}")
        {
            Content = JsonContent.Create(new { type = "personne", nom, prenom = "A" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }
}

[Trait("Category", "Integration")]
public sealed class FichesApiTestsSqlite(SqliteApiFixture fixture) : FichesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class FichesApiTestsPostgreSql(PostgreSqlApiFixture fixture) : FichesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
