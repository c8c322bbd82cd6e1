using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>
/// The full fiche through HTTP: every field, categories, contacts, preferences, dated addresses, PATCH,
/// archive and reactivate, search filters, the events of the unit of work, and the refusals.
/// </summary>
public abstract class FichesCompletesApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task CreerFiche_PersonneComplete_Returns201WithEveryFieldNormalised()
    {
        using var client = await Factory.AdminClientAsync();
        var nom = Unique("Rochat");

        var fiche = await (await client.PostJsonAsync("/api/fiches", new
        {
            type = "personne", nom, prenom = "Éloïse", autresNoms = "née Dubois", dateNaissance = "1984-02-29",
            sexe = "feminin", etatCivil = "partenariatEnregistre", nationalite = "ch", langue = "FR", permisSejour = "ci",
            communeResidence = 5586, email = "E.Rochat@Example.ch", categories = new[] { "usager", "tuteur-curateur", "usager" },
            contacts = new object[]
            {
                new { type = "mobile", valeur = "079 123 45 67", principal = true },
                new { type = "email", valeur = "Eloise@Travail.example.ch", libelle = "travail" },
            },
            preferencesNotification = new object[] { new { typeMessage = "convocation", canal = "sms" } },
            adresses = new object[] { new { type = "domicile", rue = "Rue du Bourg", numero = "12", npa = "1003", localite = "Lausanne", communeBfs = 5586, valideDu = "2020-01-01" } },
        })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("née Dubois", fiche.GetProperty("autresNoms").GetString());
        Assert.Equal("feminin", fiche.GetProperty("sexe").GetString());
        Assert.Equal("partenariatEnregistre", fiche.GetProperty("etatCivil").GetString());
        Assert.Equal("CH", fiche.GetProperty("nationalite").GetString());
        Assert.Equal("fr", fiche.GetProperty("langue").GetString());
        Assert.Equal("Ci", fiche.GetProperty("permisSejour").GetString());
        Assert.Equal(5586, fiche.GetProperty("communeResidence").GetInt32());
        Assert.Equal(["tuteur-curateur", "usager"], fiche.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var contacts = fiche.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal("+41791234567", contacts[0].GetProperty("valeur").GetString());
        Assert.True(contacts[0].GetProperty("principal").GetBoolean());
        Assert.Equal("eloise@travail.example.ch", contacts[1].GetProperty("valeur").GetString());
        Assert.Equal("sms", fiche.GetProperty("preferencesNotification")[0].GetProperty("canal").GetString());
        Assert.Equal("Lausanne", Assert.Single(fiche.GetProperty("adresses").EnumerateArray()).GetProperty("localite").GetString());

        var lue = await (await client.GetAsync($"/api/fiches/{Id(fiche)}")).JsonAsync();
        Assert.Equal(2, lue.GetProperty("contacts").GetArrayLength());
        Assert.Equal("1003", lue.GetProperty("adresses")[0].GetProperty("npa").GetString());
    }

    [Fact]
    public async Task CreerFiche_OrganisationAvecIde_FormatsTheNumber()
    {
        using var client = await Factory.AdminClientAsync();

        var fiche = await (await client.PostJsonAsync("/api/fiches", new
        {
            type = "organisation", raisonSociale = Unique("Régie"), numeroIde = "che109322551", formeJuridique = "SA", categories = new[] { "regie" },
        })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("CHE-109.322.551", fiche.GetProperty("numeroIde").GetString());
        Assert.Equal("SA", fiche.GetProperty("formeJuridique").GetString());
        Assert.Equal(fiche.GetProperty("nom").GetString(), fiche.GetProperty("raisonSociale").GetString());
    }

    [Theory]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"categories\":[\"usager\",\"astronaute\"]}", "categories[1]")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"nationalite\":\"CHE\"}", "nationalite")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"langue\":\"français\"}", "langue")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"communeResidence\":0}", "communeResidence")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"permisSejour\":\"Z\"}", "permisSejour")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"sexe\":\"x\"}", "sexe")]
    [InlineData("{\"type\":\"organisation\",\"raisonSociale\":\"A\",\"numeroIde\":\"CHE-109.322.552\"}", "numeroIde")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"contacts\":[{\"type\":\"telephone\",\"valeur\":\"12\"}]}", "contacts[0].valeur")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"contacts\":[{\"type\":\"email\",\"valeur\":\"nope\"}]}", "contacts[0].valeur")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"adresses\":[{\"type\":\"domicile\",\"npa\":\"100\",\"localite\":\"X\"}]}", "adresses[0].npa")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"adresses\":[{\"type\":\"domicile\",\"npa\":\"1000\",\"localite\":\"X\",\"valideDu\":\"2024-02-01\",\"valideAu\":\"2024-01-01\"}]}", "adresses[0].valideAu")]
    [InlineData("{\"type\":\"personne\",\"nom\":\"A\",\"prenom\":\"B\",\"preferencesNotification\":[{\"typeMessage\":\"rappel\",\"canal\":\"pigeon\"}]}", "preferencesNotification[0].canal")]
    public async Task CreerFiche_BadInput_Returns400NamingTheField(string json, string field)
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.PostAsync("/api/fiches", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.AssertFieldErrorsAsync(field);
    }

    [Fact]
    public async Task ModifierFiche_Put_ReplacesListsAndPublishesChangedFields()
    {
        using var client = await Factory.AdminClientAsync();
        var nom = Unique("Favre");
        var id = Id(await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom, prenom = "Luc", categories = new[] { "usager" } })).JsonAsync(HttpStatusCode.Created));

        var modifiee = await (await SendAsync(client, HttpMethod.Put, $"/api/fiches/{id}", "\"1\"",
            new { type = "personne", nom, prenom = "Luc", email = "luc@example.ch", categories = new[] { "employeur" } })).JsonAsync();

        Assert.Equal(["employeur"], modifiee.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, modifiee.GetProperty("version").GetInt64());
        Assert.Equal(1, await OutboxAsync(id, "fiches.fiche-modifiee.v1", "\"champsModifies\":[\"email\",\"categories\"]"));
    }

    [Fact]
    public async Task ModifierFichePartiellement_MergePatch_ChangesOnlyTheGivenFields()
    {
        using var client = await Factory.AdminClientAsync();
        var nom = Unique("Bovet");
        var id = Id(await (await client.PostJsonAsync("/api/fiches", new
        {
            type = "personne", nom, prenom = "Anna", dateNaissance = "1990-05-05", email = "anna@example.ch", langue = "de", categories = new[] { "usager" },
        })).JsonAsync(HttpStatusCode.Created));

        var response = await SendRawAsync(client, HttpMethod.Patch, $"/api/fiches/{id}", "\"1\"",
            "{\"langue\":\"fr\",\"email\":null,\"communeResidence\":6621}", "application/merge-patch+json");
        var fiche = await response.JsonAsync();

        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal("fr", fiche.GetProperty("langue").GetString());
        Assert.Equal(JsonValueKind.Null, fiche.GetProperty("email").ValueKind);
        Assert.Equal(6621, fiche.GetProperty("communeResidence").GetInt32());
        Assert.Equal("Anna", fiche.GetProperty("prenom").GetString());
        Assert.Equal("1990-05-05", fiche.GetProperty("dateNaissance").GetString());
        Assert.Equal(["usager"], fiche.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, await OutboxAsync(id, "fiches.fiche-modifiee.v1", "\"champsModifies\":[\"langue\",\"communeResidence\",\"email\"]"));
    }

    [Fact]
    public async Task ModifierFichePartiellement_Refusals_Return400_404_412()
    {
        using var client = await Factory.AdminClientAsync();
        var id = Id(await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = Unique("Patch"), prenom = "A" })).JsonAsync(HttpStatusCode.Created));

        await (await SendRawAsync(client, HttpMethod.Patch, $"/api/fiches/{id}", null, "{\"prenom\":null}")).AssertFieldErrorsAsync("prenom");
        await (await SendRawAsync(client, HttpMethod.Patch, $"/api/fiches/{id}", null, "{\"dateNaissance\":\"demain\"}")).AssertFieldErrorsAsync("dateNaissance");
        await (await SendRawAsync(client, HttpMethod.Patch, $"/api/fiches/{id}", null, "{\"categories\":[\"pirate\"]}")).AssertFieldErrorsAsync("categories[0]");
        await (await SendRawAsync(client, HttpMethod.Patch, $"/api/fiches/{id}", null, "{\"type\":\"organisation\",\"raisonSociale\":\"X\"}")).AssertFieldErrorsAsync("type");
        await (await SendRawAsync(client, HttpMethod.Patch, $"/api/fiches/{id}", null, "[1]")).AssertFieldErrorsAsync("corps");
        await (await SendRawAsync(client, HttpMethod.Patch, $"/api/fiches/{id}", "\"7\"", "{\"langue\":\"it\"}")).AssertProblemAsync(HttpStatusCode.PreconditionFailed, "version-obsolete");
        await (await SendRawAsync(client, HttpMethod.Patch, $"/api/fiches/{Guid.NewGuid()}", null, "{\"langue\":\"it\"}")).AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fiche-introuvable");
        var lue = await (await client.GetAsync($"/api/fiches/{id}")).JsonAsync();
        Assert.Equal(1, lue.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task ArchiverPuisReactiver_HidesFromDefaultSearch_409Twice_PublishesEvents()
    {
        using var client = await Factory.AdminClientAsync();
        var nom = Unique("Archive");
        var id = Id(await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom, prenom = "A" })).JsonAsync(HttpStatusCode.Created));

        await (await SendAsync(client, HttpMethod.Post, $"/api/fiches/{id}/archivage", "\"9\"", null)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var archivee = await (await SendAsync(client, HttpMethod.Post, $"/api/fiches/{id}/archivage", "\"1\"", null)).JsonAsync();
        Assert.True(archivee.GetProperty("archivee").GetBoolean());
        await (await client.PostAsync($"/api/fiches/{id}/archivage", null)).AssertProblemAsync(HttpStatusCode.Conflict, "fiches.fiche-deja-archivee");
        Assert.Equal(0, await TotalAsync(client, $"q={nom}"));
        Assert.Equal(1, await TotalAsync(client, $"q={nom}&archivee=true"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/fiches/{id}")).StatusCode);

        var reactivee = await (await client.PostAsync($"/api/fiches/{id}/reactivation", null)).JsonAsync();
        Assert.False(reactivee.GetProperty("archivee").GetBoolean());
        await (await client.PostAsync($"/api/fiches/{id}/reactivation", null)).AssertProblemAsync(HttpStatusCode.Conflict, "fiches.fiche-deja-active");
        await (await client.PostAsync($"/api/fiches/{Guid.NewGuid()}/reactivation", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await TotalAsync(client, $"q={nom}"));
        Assert.Equal(1, await OutboxAsync(id, "fiches.fiche-archivee.v1"));
        Assert.Equal(1, await OutboxAsync(id, "fiches.fiche-reactivee.v1"));
    }

    [Fact]
    public async Task Reactiver_AvsRepriseParUneFicheActive_Returns409()
    {
        using var client = await Factory.AdminClientAsync();
        var avs = Avs();
        var id = Id(await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = Unique("Avs"), prenom = "A", numeroAvs = avs })).JsonAsync(HttpStatusCode.Created));
        (await client.PostAsync($"/api/fiches/{id}/archivage", null)).EnsureSuccessStatusCode();
        (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = Unique("Avs"), prenom = "B", numeroAvs = avs })).EnsureSuccessStatusCode();

        await (await client.PostAsync($"/api/fiches/{id}/reactivation", null)).AssertProblemAsync(HttpStatusCode.Conflict, "fiches.avs-deja-utilise");
    }

    [Fact]
    public async Task Ecritures_MetierSansPermission_Return403()
    {
        using var admin = await Factory.AdminClientAsync();
        var id = Id(await (await admin.PostJsonAsync("/api/fiches", new { type = "personne", nom = Unique("Perm"), prenom = "A" })).JsonAsync(HttpStatusCode.Created));
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable);
        using var _c = comptable;

        await (await SendRawAsync(comptable, HttpMethod.Patch, $"/api/fiches/{id}", null, "{\"langue\":\"it\"}")).AssertProblemAsync(HttpStatusCode.Forbidden, "acces-refuse");
        await (await comptable.PostAsync($"/api/fiches/{id}/archivage", null)).AssertProblemAsync(HttpStatusCode.Forbidden, "acces-refuse");
        await (await comptable.PostAsync($"/api/fiches/{id}/reactivation", null)).AssertProblemAsync(HttpStatusCode.Forbidden, "acces-refuse");
        await (await comptable.PostJsonAsync($"/api/fiches/{id}/adresses", new { type = "domicile", npa = "1000", localite = "Lausanne" })).AssertProblemAsync(HttpStatusCode.Forbidden, "acces-refuse");
        Assert.Equal(HttpStatusCode.OK, (await comptable.GetAsync("/api/fiches/referentiels")).StatusCode);
    }

    [Fact]
    public async Task RechercherFiches_PrefixesAvsTelephoneEmailEtFiltres_FindTheFiche()
    {
        using var client = await Factory.AdminClientAsync();
        var nom = Unique("Müller");
        var avs = Avs();
        var telephone = $"078 {Random.Shared.Next(100, 999)} {Random.Shared.Next(10, 99)} {Random.Shared.Next(10, 99)}";
        var email = $"{Guid.NewGuid():N}@example.ch";
        var commune = Random.Shared.Next(1000, 9999);
        var id = Id(await (await client.PostJsonAsync("/api/fiches", new
        {
            type = "personne", nom, prenom = "Hélène", autresNoms = "Jean-Richard", numeroAvs = avs, communeResidence = commune,
            categories = new[] { "medecin" }, contacts = new[] { new { type = "telephone", valeur = telephone }, new { type = "email", valeur = email } },
        })).JsonAsync(HttpStatusCode.Created));
        var debutNom = nom.Replace("ü", "U", StringComparison.Ordinal)[..9];

        Assert.Equal(id, await SeuleAsync(client, $"q={debutNom}"));
        Assert.Equal(id, await SeuleAsync(client, $"q=hel {debutNom}"));
        Assert.Equal(id, await SeuleAsync(client, $"q=richard {debutNom}"));
        Assert.Equal(id, await SeuleAsync(client, $"q={Uri.EscapeDataString(avs)}"));
        Assert.Equal(id, await SeuleAsync(client, $"q={Uri.EscapeDataString("+41" + telephone[1..])}"));
        Assert.Equal(id, await SeuleAsync(client, $"q={Uri.EscapeDataString(telephone)}"));
        Assert.Equal(id, await SeuleAsync(client, $"q={email.ToUpperInvariant()}"));
        Assert.Equal(id, await SeuleAsync(client, $"q={debutNom}&categorie=medecin&commune={commune}"));
        Assert.Equal(0, await TotalAsync(client, $"q={debutNom}&categorie=regie"));
        Assert.Equal(0, await TotalAsync(client, $"q=zz{debutNom}"));
        Assert.Equal(0, await TotalAsync(client, $"q={debutNom}&type=organisation"));
        var liste = await (await client.GetAsync($"/api/fiches?q={debutNom}")).JsonAsync();
        Assert.Equal(["medecin"], liste.GetProperty("items")[0].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("categorie=astronaute", "categorie")]
    [InlineData("commune=0", "commune")]
    [InlineData("commune=abc", "commune")]
    [InlineData("type=1", "type")]
    [InlineData("type=association", "type")]
    public async Task RechercherFiches_BadFilters_Return400NamingTheParameter(string query, string field)
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.GetAsync($"/api/fiches?{query}");

        await response.AssertFieldErrorsAsync(field);
    }

    [Fact]
    public async Task Adresses_NouvelleAdresse_ClosesThePreviousAndKeepsHistory()
    {
        using var client = await Factory.AdminClientAsync();
        var id = Id(await (await client.PostJsonAsync("/api/fiches", new
        {
            type = "personne", nom = Unique("Demenage"), prenom = "A",
            adresses = new[] { new { type = "domicile", rue = "Rue Centrale", npa = "1003", localite = "Lausanne", valideDu = "2020-01-01" } },
        })).JsonAsync(HttpStatusCode.Created));

        var ajout = await SendAsync(client, HttpMethod.Post, $"/api/fiches/{id}/adresses", "\"1\"",
            new { type = "domicile", rue = "Grand-Rue", npa = "1700", localite = "Fribourg", communeBfs = 2196, valideDu = "2024-07-01" });
        var adresse = await ajout.JsonAsync(HttpStatusCode.Created);

        Assert.Equal("\"2\"", ajout.Headers.ETag?.Tag);
        Assert.Equal("CH", adresse.GetProperty("pays").GetString());
        var avant = await (await client.GetAsync($"/api/fiches/{id}/adresses?date=2024-06-30")).JsonAsync();
        Assert.Equal("Lausanne", Assert.Single(avant.EnumerateArray()).GetProperty("localite").GetString());
        Assert.Equal("2024-06-30", avant[0].GetProperty("valideAu").GetString());
        var aujourdhui = await (await client.GetAsync($"/api/fiches/{id}/adresses")).JsonAsync();
        Assert.Equal("Fribourg", Assert.Single(aujourdhui.EnumerateArray()).GetProperty("localite").GetString());
        Assert.Equal(2, (await (await client.GetAsync($"/api/fiches/{id}/adresses?historique=true")).JsonAsync()).GetArrayLength());
        Assert.Equal(1, await OutboxAsync(id, "fiches.fiche-modifiee.v1", "\"champsModifies\":[\"adresses\"]"));
    }

    [Fact]
    public async Task Adresses_Refusals_Return400_404_409_412()
    {
        using var client = await Factory.AdminClientAsync();
        var id = Id(await (await client.PostJsonAsync("/api/fiches", new
        {
            type = "personne", nom = Unique("Adr"), prenom = "A",
            adresses = new[] { new { type = "postale", npa = "1200", localite = "Genève", valideDu = "2024-01-01" } },
        })).JsonAsync(HttpStatusCode.Created));
        var adresse = new { type = "postale", npa = "1201", localite = "Genève", valideDu = "2023-01-01" };

        await (await client.PostJsonAsync($"/api/fiches/{id}/adresses", adresse)).AssertProblemAsync(HttpStatusCode.Conflict, "fiches.adresse-anterieure");
        await (await client.PostJsonAsync($"/api/fiches/{id}/adresses", new { type = "postale", npa = "12", localite = "Genève" })).AssertFieldErrorsAsync("npa");
        await (await client.PostJsonAsync($"/api/fiches/{id}/adresses", new { type = "postale", npa = "75001", localite = "Paris", pays = "FR" })).JsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/fiches/{Guid.NewGuid()}/adresses", adresse)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await SendAsync(client, HttpMethod.Post, $"/api/fiches/{id}/adresses", "\"1\"", adresse)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.GetAsync($"/api/fiches/{Guid.NewGuid()}/adresses")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/fiches/{id}/adresses?date=hier")).AssertFieldErrorsAsync("date");
    }

    [Fact]
    public async Task Referentiels_ListTheCodes()
    {
        using var client = await Factory.AdminClientAsync();

        var referentiels = await (await client.GetAsync("/api/fiches/referentiels")).JsonAsync();

        Assert.Contains("tuteur-curateur", referentiels.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("Ci", referentiels.GetProperty("permisSejour").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("partenariatEnregistre", referentiels.GetProperty("etatsCivils").EnumerateArray().Select(c => c.GetString()));
    }

    private static string Unique(string prefixe) => $"{prefixe}{Guid.NewGuid():N}"[..(prefixe.Length + 8)];

    private static Guid Id(JsonElement fiche) => fiche.GetProperty("id").GetGuid();

    /// <summary>A random valid AVS number, formatted.</summary>
    private static string Avs()
    {
        var douze = "756" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var somme = douze.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        var chiffres = douze + ((10 - (somme % 10)) % 10);
        return $"{chiffres[..3]}.{chiffres[3..7]}.{chiffres[7..11]}.{chiffres[11..]}";
    }

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await (await client.GetAsync($"/api/fiches?{query}")).JsonAsync()).GetProperty("total").GetInt32();

    private static async Task<Guid> SeuleAsync(HttpClient client, string query)
    {
        var page = await (await client.GetAsync($"/api/fiches?{query}")).JsonAsync();
        return Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();
    }

    private async Task<long> OutboxAsync(Guid id, string type, string? contenu = null)
    {
        var table = Sql.Table(Factory.Database, "fiches", "outbox_message");
        var filtre = contenu is null ? "" : $" and payload like '%{contenu.Replace("'", "''", StringComparison.Ordinal)}%'";
        return await Sql.ScalarAsync(Factory.Database, $"select count(*) from {table} where aggregate_key = 'fiche:{id}' and type = '{type}'{filtre}");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? ifMatch, object? body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> SendRawAsync(
        HttpClient client, HttpMethod method, string url, string? ifMatch, string json, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, mediaType) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }
}

[Trait("Category", "Integration")]
public sealed class FichesCompletesApiTestsSqlite(SqliteApiFixture fixture) : FichesCompletesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class FichesCompletesApiTestsPostgreSql(PostgreSqlApiFixture fixture) : FichesCompletesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
