using System.Net;
using SocialErp.IntegrationTests.Dossiers;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>
/// "A user sees the fiches of their service and the fiches of the dossiers they can see", end to end: the Dossiers
/// API shares a dossier, dossiers.acces-dossier-modifie.v1 reaches the Fiches projection, reads and searches follow.
/// </summary>
public abstract class VisibiliteParDossiersApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task PartageDuDossier_AUnUtilisateurPuisAUnService_RendLaFicheVisiblePuisLaRetire()
    {
        var (referent, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("A")));
        var serviceC = await Factory.CreateServiceAsync(FichesTestData.Marqueur("C"));
        var (invite, inviteId) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceC);
        var (collegueInvite, _) = await Factory.UserClientAsync(Metiers.Gestionnaire, serviceC);
        var (etranger, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("D")));
        using var _r = referent;
        using var _i = invite;
        using var _c = collegueInvite;
        using var _e = etranger;
        var nom = FichesTestData.Marqueur("Vue");
        var fiche = await CreerAsync(referent, nom);
        var dossier = (await DossiersTestData.DossierAsync(referent, "Vue", (fiche, "requerant"))).GetProperty("id").GetGuid();
        await Factory.DrainMessagesAsync();
        await (await invite.GetAsync($"/api/fiches/{fiche}")).AssertProblemAsync(HttpStatusCode.NotFound);

        var partage = await (await referent.PostJsonAsync($"/api/dossiers/{dossier}/partages", new { utilisateurId = inviteId })).JsonAsync();
        await Factory.DrainMessagesAsync();

        Assert.Equal(fiche, (await (await invite.GetAsync($"/api/fiches/{fiche}")).JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(1, await TotalAsync(invite, nom));
        Assert.Equal(HttpStatusCode.OK, (await invite.GetAsync($"/api/fiches/{fiche}/vue-360")).StatusCode);
        await (await collegueInvite.GetAsync($"/api/fiches/{fiche}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await TotalAsync(etranger, nom));

        (await referent.DeleteAsync($"/api/dossiers/{dossier}/partages/{partage.GetProperty("partages")[0].GetProperty("id").GetGuid()}"))
            .EnsureSuccessStatusCode();
        (await referent.PostJsonAsync($"/api/dossiers/{dossier}/partages", new { serviceId = serviceC })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        Assert.Equal(1, await TotalAsync(collegueInvite, nom));
        Assert.Equal(1, await TotalAsync(invite, nom));
        await (await etranger.GetAsync($"/api/fiches/{fiche}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ManagerDuReferent_VoitLaFicheDuDossierCommeLeDossier_UnCollegueNiLeManagerDUnInviteNon()
    {
        var serviceManager = await Factory.CreateServiceAsync(FichesTestData.Marqueur("M"));
        var (manager, managerId) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceManager);
        var (collegue, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceManager);
        var (referent, _) = await Factory.UserClientAsync(
            Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("R")), managerId);
        var (managerInvite, managerInviteId) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("N")));
        var (invite, inviteId) = await Factory.UserClientAsync(
            Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("I")), managerInviteId);
        using var _m = manager;
        using var _c = collegue;
        using var _r = referent;
        using var _n = managerInvite;
        using var _i = invite;
        var nom = FichesTestData.Marqueur("Equipe");
        var fiche = await CreerAsync(referent, nom);
        var dossier = (await DossiersTestData.DossierAsync(referent, "Equipe", (fiche, "requerant"))).GetProperty("id").GetGuid();
        (await referent.PostJsonAsync($"/api/dossiers/{dossier}/partages", new { utilisateurId = inviteId })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/dossiers/{dossier}")).StatusCode);
        Assert.Equal(fiche, (await (await manager.GetAsync($"/api/fiches/{fiche}")).JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(1, await TotalAsync(manager, nom));
        Assert.Equal(HttpStatusCode.OK, (await invite.GetAsync($"/api/fiches/{fiche}")).StatusCode);
        await (await collegue.GetAsync($"/api/fiches/{fiche}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await TotalAsync(collegue, nom));
        await (await managerInvite.GetAsync($"/api/dossiers/{dossier}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await managerInvite.GetAsync($"/api/fiches/{fiche}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PolitiqueReferents_LeServiceDuDossierNeVoitPasSesFiches_ReferentEtChefOui()
    {
        var database = await TestDatabase.CreateAsync(fixture.Provider, "fiches-politique");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Dossiers:PolitiqueService"] = "Referents" });
        var service = await factory.CreateServiceAsync("FPR");
        var (chef, chefId) = await factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (referent, referentId) = await factory.UserClientAsync(Metiers.AssistantSocial, service, chefId);
        var (collegue, _) = await factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var admin = await factory.AdminClientAsync();
        using var _c = chef;
        using var _r = referent;
        using var _g = collegue;
        var nom = FichesTestData.Marqueur("Restreint");
        var fiche = await CreerAsync(admin, nom);
        (await admin.PostJsonAsync("/api/dossiers", new
        {
            nom = "Restreint", prestation = "WSH", communeDomicile = 5586, dateOuverture = "2026-01-01", serviceId = service,
            referentId, fiches = new[] { new { ficheId = fiche, role = "requerant" } },
        })).EnsureSuccessStatusCode();
        await factory.DrainMessagesAsync();

        Assert.Equal(HttpStatusCode.OK, (await referent.GetAsync($"/api/fiches/{fiche}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chef.GetAsync($"/api/fiches/{fiche}")).StatusCode);
        await (await collegue.GetAsync($"/api/fiches/{fiche}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await TotalAsync(collegue, nom));
    }

    [Fact]
    public async Task AccesDossierModifie_VersionAncienneOuRejouee_NeRemplacePasLaPlusRecente()
    {
        using var admin = await Factory.AdminClientAsync();
        var (lecteur, lecteurId) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("L")));
        using var _l = lecteur;
        var fiche = await CreerAsync(admin, FichesTestData.Marqueur("Ordre"));
        var dossier = Guid.NewGuid();

        await PublierAsync(new AccesDossierModifieIntegrationEvent(dossier, 2, null, [], [lecteurId], [fiche, Guid.NewGuid()]));
        await PublierAsync(new AccesDossierModifieIntegrationEvent(dossier, 1, null, [], [], [fiche]));
        await PublierAsync(new AccesDossierModifieIntegrationEvent(dossier, 2, null, [], [], []));

        Assert.Equal(HttpStatusCode.OK, (await lecteur.GetAsync($"/api/fiches/{fiche}")).StatusCode);

        await PublierAsync(new AccesDossierModifieIntegrationEvent(dossier, 3, null, [], [], [fiche]));

        await (await lecteur.GetAsync($"/api/fiches/{fiche}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private Task PublierAsync(AccesDossierModifieIntegrationEvent evenement) => DossiersTestData.PublierAsync(Factory, "dossiers", evenement);

    private static async Task<Guid> CreerAsync(HttpClient client, string nom) =>
        (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom, prenom = "Test", categories = new[] { "usager" } })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    private static async Task<int> TotalAsync(HttpClient client, string nom) =>
        (await (await client.GetAsync($"/api/fiches?q={nom}")).JsonAsync()).GetProperty("total").GetInt32();
}

[Trait("Category", "Integration")]
public sealed class VisibiliteParDossiersApiTestsSqlite(SqliteApiFixture fixture) : VisibiliteParDossiersApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class VisibiliteParDossiersApiTestsPostgreSql(PostgreSqlApiFixture fixture) : VisibiliteParDossiersApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
