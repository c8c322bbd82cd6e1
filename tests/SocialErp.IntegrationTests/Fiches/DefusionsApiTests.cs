using System.Net;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>
/// Undoing a merge through HTTP: both fiches restored as they were, the consumers told to re-point back, and the
/// refusals when something depended on the merge since.
/// </summary>
public abstract class DefusionsApiTests(FusionsConsommateurFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task AnnulerFusion_RienNaDependu_RetablitLesDeuxFichesEtLesReferencesDesModules()
    {
        using var client = await Factory.AdminClientAsync();
        var kEmail = $"k{Guid.NewGuid():N}@example.ch";
        var aEmail = $"a{Guid.NewGuid():N}@example.ch";
        var telephone = $"079 {Random.Shared.Next(100, 999)} {Random.Shared.Next(10, 99)} {Random.Shared.Next(10, 99)}";
        var nomConservee = FichesTestData.Marqueur("Garde");
        var conservee = await CreerAsync(client, new
        {
            type = "personne", nom = nomConservee, prenom = "Jean", email = kEmail, categories = new[] { "usager" },
            adresses = new object[] { new { type = "domicile", npa = "1700", localite = "Fribourg", valideDu = "2023-01-01" } },
        });
        var absorbee = await CreerAsync(client, new
        {
            type = "personne", nom = FichesTestData.Marqueur("Partie"), prenom = "Jean", email = aEmail, dateNaissance = "1970-03-04",
            categories = new[] { "employeur" }, contacts = new[] { new { type = "mobile", valeur = telephone } },
            adresses = new object[] { new { type = "domicile", npa = "1003", localite = "Lausanne", valideDu = "2020-01-01" } },
        });
        var conjoint = await CreerAsync(client, new { type = "personne", nom = "Conjointe", prenom = "C" });
        var parent = await CreerAsync(client, new { type = "personne", nom = "Parent", prenom = "P" });
        await LierAsync(client, absorbee, "conjoint", conjoint);
        await LierAsync(client, absorbee, "fratrie", conservee);
        await LierAsync(client, absorbee, "parent", parent);
        await LierAsync(client, conservee, "parent", parent);
        var avantConservee = await (await client.GetAsync($"/api/fiches/{conservee}")).JsonAsync();
        var avantAbsorbee = await (await client.GetAsync($"/api/fiches/{absorbee}")).JsonAsync();
        var reference = Guid.NewGuid();
        fixture.Probe.References[reference] = absorbee;

        var fusion = await FusionnerAsync(client, conservee, absorbee, new Dictionary<string, string> { ["email"] = "absorbee", ["dateNaissance"] = "absorbee" });
        await Factory.DrainMessagesAsync();
        Assert.Equal(conservee, fixture.Probe.References[reference]);
        var listees = await (await client.GetAsync($"/api/fiches/{conservee}/fusions")).JsonAsync();
        Assert.Equal(fusion, Assert.Single(listees.EnumerateArray()).GetProperty("id").GetGuid());

        var response = await client.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null);

        var annulee = await response.JsonAsync();
        Assert.Equal(fusion, annulee.GetProperty("id").GetGuid());
        Assert.Equal(["dateNaissance", "email"], annulee.GetProperty("champsRepris").EnumerateArray().Select(c => c.GetString()).Order());
        Assert.NotEqual(JsonValueKind.Null, annulee.GetProperty("annuleeLe").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, (await (await client.GetAsync($"/api/fiches/fusions/{fusion}")).JsonAsync()).GetProperty("annuleeLe").ValueKind);
        var apresConservee = await (await client.GetAsync($"/api/fiches/{conservee}")).JsonAsync();
        var apresAbsorbee = await (await client.GetAsync($"/api/fiches/{absorbee}")).JsonAsync();
        foreach (var champ in new[] { "nom", "prenom", "email", "dateNaissance", "categories", "contacts", "adresses", "archivee" })
        {
            Assert.Equal(avantConservee.GetProperty(champ).GetRawText(), apresConservee.GetProperty(champ).GetRawText());
            Assert.Equal(avantAbsorbee.GetProperty(champ).GetRawText(), apresAbsorbee.GetProperty(champ).GetRawText());
        }

        Assert.Equal(
            [("conjoint", conjoint), ("fratrie", conservee), ("parent", parent)],
            await RelationsAsync(client, absorbee));
        Assert.Equal([("fratrie", absorbee), ("parent", parent)], await RelationsAsync(client, conservee));
        Assert.Equal([("conjoint", absorbee)], await RelationsAsync(client, conjoint));
        Assert.Single((await (await client.GetAsync($"/api/fiches/{conservee}/adresses?historique=true")).JsonAsync()).EnumerateArray());
        var parTelephone = await (await client.GetAsync($"/api/fiches?q={telephone.Replace(" ", "", StringComparison.Ordinal)}")).JsonAsync();
        Assert.Equal(absorbee, Assert.Single(parTelephone.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(0, (await (await client.GetAsync($"/api/fiches?q={aEmail}")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Count(f => f.GetProperty("id").GetGuid() == conservee));

        await Factory.DrainMessagesAsync();
        Assert.Equal(absorbee, fixture.Probe.References[reference]);
        var outbox = Sql.Table(Factory.Database, "fiches", "outbox_message");
        Assert.Equal(1, await Sql.ScalarAsync(
            Factory.Database, $"select count(*) from {outbox} where type = 'fiches.fiches-defusionnees.v1' and aggregate_key = 'fiche:{conservee}'"));
    }

    [Fact]
    public async Task AnnulerFusion_Absorbee_Repond308AvecFusionIdPuisRedevientLisible()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await CreerAsync(client, new { type = "personne", nom = FichesTestData.Marqueur("Garde"), prenom = "B" });
        var absorbee = await CreerAsync(client, new { type = "personne", nom = FichesTestData.Marqueur("Partie"), prenom = "B" });
        var fusion = await FusionnerAsync(client, conservee, absorbee);
        using var sansRedirection = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        sansRedirection.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;

        var probleme = await (await sansRedirection.GetAsync($"/api/fiches/{absorbee}")).AssertProblemAsync(HttpStatusCode.PermanentRedirect, "fiches.fiche-fusionnee");
        Assert.Equal(fusion, probleme.GetProperty("fusionId").GetGuid());
        (await client.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null)).EnsureSuccessStatusCode();

        var lue = await sansRedirection.GetAsync($"/api/fiches/{absorbee}");
        Assert.Equal(HttpStatusCode.OK, lue.StatusCode);
        Assert.Equal(absorbee, (await lue.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task AnnulerFusion_DejaAnnulee_Returns409()
    {
        using var client = await Factory.AdminClientAsync();
        var fusion = await FusionnerAsync(client, await PersonneAsync(client), await PersonneAsync(client));
        (await client.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null)).EnsureSuccessStatusCode();

        await (await client.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null)).AssertProblemAsync(HttpStatusCode.Conflict, "fiches.fusion-deja-annulee");
    }

    [Fact]
    public async Task AnnulerFusion_ConserveeModifieeDepuis_Returns409AndChangesNothing()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await PersonneAsync(client);
        var absorbee = await PersonneAsync(client);
        var fusion = await FusionnerAsync(client, conservee, absorbee);
        (await client.PostJsonAsync($"/api/fiches/{conservee}/adresses", new { type = "domicile", npa = "1200", localite = "Genève", valideDu = "2025-01-01" }))
            .EnsureSuccessStatusCode();

        var response = await client.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null);

        var probleme = await response.AssertProblemAsync(HttpStatusCode.Conflict, "fiches.fusion-fiche-modifiee");
        Assert.Contains(conservee.ToString(), probleme.GetProperty("title").GetString(), StringComparison.Ordinal);
        await AbsorbeeToujoursFusionneeAsync(client, absorbee, fusion);
    }

    [Fact]
    public async Task AnnulerFusion_ContactsDeLaConserveeModifies_Returns409()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await PersonneAsync(client);
        var absorbee = await PersonneAsync(client);
        var fusion = await FusionnerAsync(client, conservee, absorbee);
        var etag = (await client.GetAsync($"/api/fiches/{conservee}")).Headers.ETag!.Tag;
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/fiches/{conservee}")
        {
            Content = new StringContent("{\"contacts\":[{\"type\":\"email\",\"valeur\":\"nouveau@example.ch\"}]}", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", etag);
        (await client.SendAsync(patch)).EnsureSuccessStatusCode();

        await (await client.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null)).AssertProblemAsync(HttpStatusCode.Conflict, "fiches.fusion-fiche-modifiee");
        await AbsorbeeToujoursFusionneeAsync(client, absorbee, fusion);
    }

    [Fact]
    public async Task AnnulerFusion_RelationRepriseRetireeDepuis_Returns409()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await PersonneAsync(client);
        var absorbee = await PersonneAsync(client);
        var conjoint = await PersonneAsync(client);
        await LierAsync(client, absorbee, "conjoint", conjoint);
        var fusion = await FusionnerAsync(client, conservee, absorbee);
        var relation = Assert.Single((await (await client.GetAsync($"/api/fiches/{conservee}/relations")).JsonAsync()).EnumerateArray()).GetProperty("id").GetGuid();
        (await client.DeleteAsync($"/api/fiches/{conservee}/relations/{relation}")).EnsureSuccessStatusCode();

        var probleme = await (await client.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null))
            .AssertProblemAsync(HttpStatusCode.Conflict, "fiches.fusion-relation-modifiee");

        Assert.Contains(relation.ToString(), probleme.GetProperty("title").GetString(), StringComparison.Ordinal);
        await AbsorbeeToujoursFusionneeAsync(client, absorbee, fusion);
    }

    [Fact]
    public async Task AnnulerFusion_ConserveeFusionneeDeNouveau_Returns409NamingTheLaterMerge()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await PersonneAsync(client);
        var absorbee = await PersonneAsync(client);
        var fusion = await FusionnerAsync(client, conservee, absorbee);
        var suivante = await FusionnerAsync(client, conservee, await PersonneAsync(client));

        var probleme = await (await client.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null))
            .AssertProblemAsync(HttpStatusCode.Conflict, "fiches.fusion-posterieure");

        Assert.Contains(suivante.ToString(), probleme.GetProperty("title").GetString(), StringComparison.Ordinal);
        await AbsorbeeToujoursFusionneeAsync(client, absorbee, fusion);
    }

    [Fact]
    public async Task AnnulerFusion_AvsDeLAbsorbeeReprisParUneAutreFiche_Returns409()
    {
        using var client = await Factory.AdminClientAsync();
        var avs = FichesTestData.NouvelAvs();
        var conservee = await PersonneAsync(client);
        var absorbee = await CreerAsync(client, new { type = "personne", nom = FichesTestData.Marqueur("Avs"), prenom = "A", numeroAvs = avs });
        var fusion = await FusionnerAsync(client, conservee, absorbee);
        await CreerAsync(client, new { type = "personne", nom = FichesTestData.Marqueur("Nouvelle"), prenom = "N", numeroAvs = avs });

        await (await client.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null)).AssertProblemAsync(HttpStatusCode.Conflict, "fiches.avs-deja-utilise");
        await AbsorbeeToujoursFusionneeAsync(client, absorbee, fusion);
    }

    [Fact]
    public async Task AnnulerFusion_MetierSansEcriture_Returns403()
    {
        using var admin = await Factory.AdminClientAsync();
        var absorbee = await PersonneAsync(admin);
        var fusion = await FusionnerAsync(admin, await PersonneAsync(admin), absorbee);
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable);
        using var _c = comptable;

        await (await comptable.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null)).AssertProblemAsync(HttpStatusCode.Forbidden, "acces-refuse");
        await AbsorbeeToujoursFusionneeAsync(admin, absorbee, fusion);
    }

    [Fact]
    public async Task AnnulerFusion_FusionInconnueOuFichesInvisibles_Returns404()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("S")));
        using var _a = assistant;
        var absorbee = await PersonneAsync(admin);
        var fusion = await FusionnerAsync(admin, await PersonneAsync(admin), absorbee);

        await (await assistant.PostAsync($"/api/fiches/fusions/{Guid.NewGuid()}/annulation", null)).AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fusion-introuvable");
        await (await assistant.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null)).AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fusion-introuvable");
        await (await assistant.GetAsync($"/api/fiches/fusions/{fusion}")).AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fusion-introuvable");
        await (await assistant.GetAsync($"/api/fiches/{absorbee}/fusions")).AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fiche-introuvable");
        await AbsorbeeToujoursFusionneeAsync(admin, absorbee, fusion);
    }

    private async Task AbsorbeeToujoursFusionneeAsync(HttpClient client, Guid absorbee, Guid fusion)
    {
        using var sansRedirection = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        sansRedirection.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.PermanentRedirect, (await sansRedirection.GetAsync($"/api/fiches/{absorbee}")).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await (await client.GetAsync($"/api/fiches/fusions/{fusion}")).JsonAsync()).GetProperty("annuleeLe").ValueKind);
    }

    private static Task<Guid> FusionnerAsync(HttpClient client, Guid conservee, Guid absorbee, Dictionary<string, string>? choix = null) =>
        FusionsDeTest.FusionnerAsync(client, conservee, absorbee, choix);

    private static async Task<List<(string?, Guid)>> RelationsAsync(HttpClient client, Guid id) =>
        (await (await client.GetAsync($"/api/fiches/{id}/relations")).JsonAsync()).EnumerateArray()
            .Select(r => (r.GetProperty("type").GetString(), r.GetProperty("ficheId").GetGuid())).Order().ToList();

    private static Task<Guid> PersonneAsync(HttpClient client) =>
        CreerAsync(client, new { type = "personne", nom = FichesTestData.Marqueur("Fusion"), prenom = "P" });

    private static Task<Guid> CreerAsync(HttpClient client, object fiche) => FichesTestData.CreerAsync(client, fiche);

    private static Task LierAsync(HttpClient client, Guid id, string type, Guid ficheId) => FichesTestData.LierAsync(client, id, type, ficheId);
}

[Trait("Category", "Integration")]
public sealed class DefusionsApiTestsSqlite(SqliteFusionsConsommateurFixture fixture)
    : DefusionsApiTests(fixture), IClassFixture<SqliteFusionsConsommateurFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DefusionsApiTestsPostgreSql(PostgreSqlFusionsConsommateurFixture fixture)
    : DefusionsApiTests(fixture), IClassFixture<PostgreSqlFusionsConsommateurFixture>;
