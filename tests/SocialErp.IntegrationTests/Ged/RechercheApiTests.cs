using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Ged.GedTestSupport;

namespace SocialErp.IntegrationTests.Ged;

/// <summary>Search by target, type, direction, dates and full text (text, DOCX, PDF), the inbox, and fiche merges.</summary>
public abstract class RechercheApiTests(GedApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Rechercher_FiltresEtPleinTexte_FindsByMetadataAndContentOfTextDocxAndPdf()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        var mot = $"zorglub{Guid.NewGuid():N}"[..16];
        await DeposerAsync(admin, Texte($"Le propriétaire signale un dégât d'eau. {mot}texte"), "courriel.txt", fiche, "Courriel régie", "courrier-entrant",
            new Dictionary<string, string> { ["date"] = "2026-03-01" });
        await DeposerAsync(admin, DocxAvec($"Convention de stage {mot}docx"), "convention.docx", fiche, "Convention", "contrat-convention",
            new Dictionary<string, string> { ["date"] = "2026-05-10", ["direction"] = "produit" });
        await DeposerAsync(admin, DocumentsApiTests.DemoPdf($"Decision {mot}pdf"), "decision.pdf", fiche, "Décision AI", "decision",
            new Dictionary<string, string> { ["date"] = "2026-09-20", ["description"] = $"Reçue de l'office {mot}meta" });

        Assert.Equal(3, await TotalAsync(admin, $"cibleType=fiche&cibleId={fiche}"));
        Assert.Equal(["Décision AI"], await TitresAsync(admin, $"cibleType=fiche&cibleId={fiche}&type=decision"));
        Assert.Equal(["Convention"], await TitresAsync(admin, $"cibleType=fiche&cibleId={fiche}&direction=produit"));
        Assert.Equal(["Décision AI", "Convention"], await TitresAsync(admin, $"cibleType=fiche&cibleId={fiche}&du=2026-05-01&au=2026-12-31"));
        Assert.Equal(["Courriel régie"], await TitresAsync(admin, $"q={mot}texte"));
        Assert.Equal(["Convention"], await TitresAsync(admin, $"q={mot}docx"));
        Assert.Equal(["Décision AI"], await TitresAsync(admin, $"q={mot}pdf"));
        Assert.Equal(["Décision AI"], await TitresAsync(admin, $"q={mot}meta"));
        Assert.Equal(["Courriel régie"], await TitresAsync(admin, $"q=courriel {mot}texte"));
        Assert.Empty(await TitresAsync(admin, $"q={mot}texte&type=decision"));
    }

    [Theory]
    [InlineData("cibleType=fiche", "cibleId")]
    [InlineData("direction=sortant", "direction")]
    [InlineData("du=2026-05-01&au=2026-01-01", "au")]
    [InlineData("sort=taille", "sort")]
    [InlineData("pageSize=501", "pageSize")]
    public async Task Rechercher_ParametresInvalides_Returns400(string query, string champ)
    {
        using var admin = await Factory.AdminClientAsync();

        await (await admin.GetAsync($"/api/documents?{query}")).AssertFieldErrorsAsync(champ);
    }

    [Fact]
    public async Task BoiteReception_LotPuisAssignation_WaitsWithoutTargetThenFiledOnItsFiche()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        var lot = new MultipartFormDataContent
        {
            { new ByteArrayContent(DocumentsApiTests.DemoPdf("scan un")), "fichiers", $"scan-{Guid.NewGuid():N}.pdf" },
            { new ByteArrayContent(Texte("scan deux")), "fichiers", $"scan-{Guid.NewGuid():N}.txt" },
        };

        var deposes = await (await admin.PostAsync("/api/documents/boite-reception", lot)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(2, deposes.GetArrayLength());
        var id = deposes[0].GetProperty("id").GetGuid();
        var boite = await (await admin.GetAsync("/api/documents/boite-reception")).JsonAsync();
        Assert.Contains(boite.EnumerateArray(), d => d.GetProperty("id").GetGuid() == id);
        var classe = await (await admin.PostAsJsonAsync($"/api/documents/{id}/assignation", new { cibleType = "fiche", cibleId = fiche, titre = "Attestation employeur", type = "attestation" }))
            .JsonAsync();
        Assert.Equal("Attestation employeur", classe.GetProperty("titre").GetString());
        Assert.DoesNotContain((await (await admin.GetAsync("/api/documents/boite-reception")).JsonAsync()).EnumerateArray(), d => d.GetProperty("id").GetGuid() == id);
        Assert.Equal(["Attestation employeur"], await TitresAsync(admin, $"cibleType=fiche&cibleId={fiche}"));
        Assert.Equal(["Attestation employeur"], await TitresAsync(admin, "q=Attestation employeur"));
        await (await admin.PostAsJsonAsync($"/api/documents/{id}/assignation", new { cibleType = "fiche", cibleId = fiche })).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task BoiteReception_LotAvecUnExecutable_RefusedWholeAndNamesTheFile()
    {
        using var admin = await Factory.AdminClientAsync();
        var avant = ContenusStockes(Factory).Count;
        var lot = new MultipartFormDataContent
        {
            { new ByteArrayContent(Texte($"propre {Guid.NewGuid()}")), "fichiers", "propre.txt" },
            { new ByteArrayContent([(byte)'M', (byte)'Z', 1, 2, 3]), "fichiers", "facture.pdf" },
        };

        var problem = await (await admin.PostAsync("/api/documents/boite-reception", lot)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("facture.pdf", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(avant, ContenusStockes(Factory).Count);
    }

    [Fact]
    public async Task FusionDeFiches_DocumentsDeLAbsorbee_FollowTheKeptFiche()
    {
        using var admin = await Factory.AdminClientAsync();
        var conservee = await CreerFicheAsync(admin, "Garde");
        var absorbee = await CreerFicheAsync(admin, "Absorbee");
        var commun = (await DeposerAsync(admin, Texte($"commun {Guid.NewGuid()}"), "commun.txt", absorbee, "Commun")).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/documents/{commun}/cibles", new { cibleType = "fiche", cibleId = conservee })).EnsureSuccessStatusCode();
        await DeposerAsync(admin, Texte($"propre {Guid.NewGuid()}"), "propre.txt", absorbee, "Propre à l'absorbée");
        var versionAvant = (await (await admin.GetAsync($"/api/documents/{commun}")).JsonAsync()).GetProperty("version").GetInt64();

        (await admin.PostAsJsonAsync("/api/fiches/fusions", new { conserveeId = conservee, absorbeeId = absorbee })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        await Factory.DrainMessagesAsync();

        Assert.Equal(["Commun", "Propre à l'absorbée"], (await TitresAsync(admin, $"cibleType=fiche&cibleId={conservee}")).Order());
        var document = await (await admin.GetAsync($"/api/documents/{commun}")).JsonAsync();
        Assert.Equal([conservee], document.GetProperty("cibles").EnumerateArray().Select(c => c.GetProperty("cibleId").GetGuid()));
        Assert.Equal(versionAvant + 1, document.GetProperty("version").GetInt64()); // its targets changed: a client's If-Match must fail
        var cibles = Sql.Table(Factory.Database, "ged", "document_cible");
        Assert.Equal(0, await Sql.ScalarAsync(Factory.Database, $"select count(*) from {cibles} where lower(cast(cible_id as text)) = '{absorbee}'"));
    }

    private static byte[] DocxAvec(string texte) => DocxDeTest.Construire(texte);

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await (await client.GetAsync($"/api/documents?{query}")).JsonAsync()).GetProperty("total").GetInt32();

    private static async Task<List<string>> TitresAsync(HttpClient client, string query) =>
        (await (await client.GetAsync($"/api/documents?{query}")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(d => d.GetProperty("titre").GetString()!).ToList();
}

[Trait("Category", "Integration")]
public sealed class RechercheApiTestsSqlite(SqliteGedApiFixture fixture) : RechercheApiTests(fixture), IClassFixture<SqliteGedApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class RechercheApiTestsPostgreSql(PostgreSqlGedApiFixture fixture) : RechercheApiTests(fixture), IClassFixture<PostgreSqlGedApiFixture>;
