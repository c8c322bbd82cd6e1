using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.IntegrationTests.Comptabilite;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>The 360° view composes the fiche, its relations and each module's section, within what the caller sees.</summary>
public abstract class Vue360ApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Vue360_FicheAvecRelationEtJournal_ComposesEverySection()
    {
        using var client = await Factory.AdminClientAsync();
        var proche = await CreerAsync(client, "Proche");
        var responsable = await CreerAsync(client, "Responsable");
        (await client.PostJsonAsync($"/api/fiches/{proche}/relations", new { type = "responsable", ficheId = responsable })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        var vue = await (await client.GetAsync($"/api/fiches/{proche}/vue-360")).JsonAsync();

        Assert.Equal(proche, vue.GetProperty("fiche").GetProperty("id").GetGuid());
        var relation = Assert.Single(vue.GetProperty("relations").EnumerateArray());
        Assert.Equal("responsable", relation.GetProperty("type").GetString());
        var journal = vue.GetProperty("sections").GetProperty("journal");
        Assert.Equal(1, journal.GetProperty("total").GetInt32());
        Assert.Equal("creation", journal.GetProperty("dernieres")[0].GetProperty("type").GetString());
        Assert.Equal(0, vue.GetProperty("sectionsIndisponibles").GetArrayLength());
    }

    [Fact]
    public async Task Vue360_PersonneSuivie_SectionsComptabiliteEtDocumentsSelonLeMetier()
    {
        var service = await Factory.CreateServiceAsync(FichesTestData.Marqueur("S"));
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable, service);
        var (administratif, _) = await Factory.UserClientAsync(Metiers.Administratif, service);
        using var _a = assistant;
        using var _c = comptable;
        using var _d = administratif;
        var fiche = await FacturationTestKit.DebiteurAvecAdresseAsync(assistant, FichesTestData.Marqueur("Suivie"), "Vue");
        await ComptaTestKit.VerserAsync(comptable, fiche, new DateOnly(2026, 1, 15), 500m);
        await ComptaTestKit.PasserAsync(comptable, ComptaTestKit.Ecriture("2026-01-20", "Avance",
            ComptaTestKit.Ligne("1061", debit: 300m, ficheId: fiche), ComptaTestKit.Ligne("1020", credit: 300m)));
        await FacturationTestKit.FactureAsync(comptable, fiche, "beneficiaire", 80m, date: "2026-02-02");
        (await assistant.PostAsync("/api/documents", Ged.GedTestSupport.Formulaire(Ged.GedTestSupport.Texte("Certificat"), "c.pdf", "fiche", fiche, "Certificat")))
            .EnsureSuccessStatusCode();

        var sections = (await (await comptable.GetAsync($"/api/fiches/{fiche}/vue-360")).JsonAsync()).GetProperty("sections");
        var sectionsAssistant = (await (await assistant.GetAsync($"/api/fiches/{fiche}/vue-360")).JsonAsync()).GetProperty("sections");

        var compta = sections.GetProperty("comptabilite");
        Assert.Equal(500m, ComptaTestKit.Solde(compta, "soldes", "allocation"));
        Assert.Equal(300m, ComptaTestKit.Solde(compta, "soldes", "dette-sociale"));
        Assert.Equal(300m, compta.GetProperty("detteSociale").GetProperty("total").GetDecimal());
        Assert.Equal((1, 80m), (compta.GetProperty("facturesOuvertes").GetProperty("nombre").GetInt32(), compta.GetProperty("facturesOuvertes").GetProperty("solde").GetDecimal()));
        Assert.Equal(1, sections.GetProperty("documents").GetProperty("total").GetInt32());
        Assert.Equal("Certificat", sections.GetProperty("documents").GetProperty("derniers")[0].GetProperty("titre").GetString());
        Assert.True(sectionsAssistant.TryGetProperty("comptabilite", out _));
        var sectionsAdministratif = (await (await administratif.GetAsync($"/api/fiches/{fiche}/vue-360")).JsonAsync()).GetProperty("sections");
        Assert.False(sectionsAdministratif.TryGetProperty("comptabilite", out _));
        Assert.Equal(1, sectionsAdministratif.GetProperty("documents").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Vue360_FicheInvisibleOuInconnue_Returns404()
    {
        var (autreService, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("V")));
        using var _a = autreService;
        using var admin = await Factory.AdminClientAsync();
        var (proprietaire, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("W")));
        using var _p = proprietaire;
        var fiche = await CreerAsync(proprietaire, "Privee");

        await (await autreService.GetAsync($"/api/fiches/{fiche}/vue-360")).AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fiche-introuvable");
        await (await admin.GetAsync($"/api/fiches/{Guid.NewGuid()}/vue-360")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await proprietaire.GetAsync($"/api/fiches/{fiche}/vue-360")).StatusCode);
    }

    private static async Task<Guid> CreerAsync(HttpClient client, string nom) =>
        (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = FichesTestData.Marqueur(nom), prenom = "Vue" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}

[Trait("Category", "Integration")]
public sealed class Vue360ApiTestsSqlite(SqliteApiFixture fixture) : Vue360ApiTests(fixture), IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Vue360_UnModuleEnPanne_LesAutresSectionsRestent()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "vue360");
        await using var factory = new SocialErpApiFactory(database, null, services => services.AddScoped<IContributeurVue360, ContributeurEnPanne>());
        using var client = await factory.AdminClientAsync();
        var fiche = (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = "Panne", prenom = "Module" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await factory.DrainMessagesAsync();

        var vue = await (await client.GetAsync($"/api/fiches/{fiche}/vue-360")).JsonAsync();

        Assert.Equal("en-panne", Assert.Single(vue.GetProperty("sectionsIndisponibles").EnumerateArray()).GetString());
        Assert.Equal(1, vue.GetProperty("sections").GetProperty("journal").GetProperty("total").GetInt32());
    }

    private sealed class ContributeurEnPanne : IContributeurVue360
    {
        public string Section => "en-panne";

        public Task<object?> ContribuerAsync(Guid ficheId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("module indisponible");
    }
}

[Trait("Category", "PostgreSql")]
public sealed class Vue360ApiTestsPostgreSql(PostgreSqlApiFixture fixture) : Vue360ApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
