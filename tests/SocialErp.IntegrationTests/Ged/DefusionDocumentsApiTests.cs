using System.Net;
using System.Net.Http.Json;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.IntegrationTests.Messaging;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Ged.GedTestSupport;

namespace SocialErp.IntegrationTests.Ged;

/// <summary>
/// Documents follow an un-merge: those the merge moved to the kept fiche go back to the absorbed one, a document that
/// was on both fiches is on both again, documents linked to the kept fiche since stay, and a redelivery changes nothing.
/// </summary>
public abstract class DefusionDocumentsApiTests(GedApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Defusion_DocumentsDeLAbsorbee_RetournentEtLeCommunEstDeNouveauSurLesDeux()
    {
        using var admin = await Factory.AdminClientAsync();
        var (conservee, absorbee, commun, propre) = await DeuxFichesAsync(admin);
        var versionPropre = await VersionAsync(admin, propre);
        var fusion = await FusionsDeTest.FusionnerAsync(admin, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        Assert.Equal(["Commun", "Propre"], await TitresAsync(admin, conservee));
        var posterieur = await DocumentAsync(admin, conservee, "Postérieur");

        await FusionsDeTest.AnnulerAsync(admin, fusion);
        await Factory.DrainMessagesAsync();

        Assert.Equal(["Commun", "Propre"], await TitresAsync(admin, absorbee));
        Assert.Equal(["Commun", "Postérieur"], await TitresAsync(admin, conservee));
        Assert.Equal(new[] { absorbee, conservee }.Order(), (await FichesAsync(admin, commun)).Order());
        Assert.Equal([absorbee], await FichesAsync(admin, propre));
        Assert.Equal([conservee], await FichesAsync(admin, posterieur));
        Assert.Equal(versionPropre + 2, await VersionAsync(admin, propre));
    }

    [Fact]
    public async Task Defusion_Redelivree_MemeApresUneNouvelleFusion_NeChangeRienDePlus()
    {
        using var admin = await Factory.AdminClientAsync();
        var (conservee, absorbee, commun, propre) = await DeuxFichesAsync(admin);
        var fusion = await FusionsDeTest.FusionnerAsync(admin, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        await FusionsDeTest.AnnulerAsync(admin, fusion);
        await Factory.DrainMessagesAsync();
        var defusion = await Redelivraison.DernierPublieAsync<FichesDefusionneesIntegrationEvent>(Factory, "fiches", $"fiche:{conservee}");
        var apresDefusion = await EtatAsync(admin, commun, propre);

        await Redelivraison.RedelivrerAsync(Factory, "ged", defusion);

        Assert.Equal(apresDefusion, await EtatAsync(admin, commun, propre));

        await FusionsDeTest.FusionnerAsync(admin, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        var refusionnes = await EtatAsync(admin, commun, propre);
        await Redelivraison.RedelivrerAsync(Factory, "ged", defusion);

        Assert.Equal(refusionnes, await EtatAsync(admin, commun, propre));
        Assert.Equal([conservee], await FichesAsync(admin, propre));
    }

    [Fact]
    public async Task Defusion_DocumentsRendus_VisiblesDeNouveauPourLeServiceDeLAbsorbee()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("S")));
        using var _a = assistant;
        var conservee = await CreerFicheAsync(admin, "Garde");
        var absorbee = await CreerFicheAsync(assistant, "Absorbee");
        var propre = await DocumentAsync(assistant, absorbee, "Rapport");
        var fusion = await FusionsDeTest.FusionnerAsync(admin, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await assistant.GetAsync($"/api/documents/{propre}")).StatusCode);

        await FusionsDeTest.AnnulerAsync(admin, fusion);
        await Factory.DrainMessagesAsync();

        Assert.Equal([absorbee], await FichesAsync(assistant, propre));
        Assert.Equal(["Rapport"], await TitresAsync(assistant, absorbee));
        Assert.Empty(await TitresAsync(admin, conservee));
    }

    /// <summary>Two fiches; the one to absorb has a document of its own and one it shares with the other.</summary>
    private static async Task<(Guid Conservee, Guid Absorbee, Guid Commun, Guid Propre)> DeuxFichesAsync(HttpClient admin)
    {
        var conservee = await CreerFicheAsync(admin, "Garde");
        var absorbee = await CreerFicheAsync(admin, "Absorbee");
        var commun = await DocumentAsync(admin, absorbee, "Commun");
        (await admin.PostAsJsonAsync($"/api/documents/{commun}/cibles", new { cibleType = "fiche", cibleId = conservee })).EnsureSuccessStatusCode();
        return (conservee, absorbee, commun, await DocumentAsync(admin, absorbee, "Propre"));
    }

    private static async Task<Guid> DocumentAsync(HttpClient client, Guid fiche, string titre) =>
        (await DeposerAsync(client, Texte($"{titre} {Guid.NewGuid()}"), $"{titre}.txt", fiche, titre)).GetProperty("id").GetGuid();

    private static async Task<List<string>> TitresAsync(HttpClient client, Guid fiche) =>
        (await (await client.GetAsync($"/api/documents?cibleType=fiche&cibleId={fiche}")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(d => d.GetProperty("titre").GetString()!).Order().ToList();

    private static async Task<List<Guid>> FichesAsync(HttpClient client, Guid document) =>
        (await (await client.GetAsync($"/api/documents/{document}")).JsonAsync()).GetProperty("cibles").EnumerateArray()
            .Where(c => c.GetProperty("cibleType").GetString() == "fiche").Select(c => c.GetProperty("cibleId").GetGuid()).ToList();

    private static async Task<long> VersionAsync(HttpClient client, Guid document) =>
        (await (await client.GetAsync($"/api/documents/{document}")).JsonAsync()).GetProperty("version").GetInt64();

    /// <summary>Each document's fiches and version: what a redelivery must leave alone.</summary>
    private static async Task<string> EtatAsync(HttpClient client, params Guid[] documents)
    {
        var etats = new List<string>();
        foreach (var document in documents)
        {
            etats.Add($"{document}: {string.Join(',', (await FichesAsync(client, document)).Order())} v{await VersionAsync(client, document)}");
        }

        return string.Join('\n', etats);
    }
}

[Trait("Category", "Integration")]
public sealed class DefusionDocumentsApiTestsSqlite(SqliteGedApiFixture fixture) : DefusionDocumentsApiTests(fixture), IClassFixture<SqliteGedApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DefusionDocumentsApiTestsPostgreSql(PostgreSqlGedApiFixture fixture) : DefusionDocumentsApiTests(fixture), IClassFixture<PostgreSqlGedApiFixture>;
