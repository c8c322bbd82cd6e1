using System.Net;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// Who sees a dossier: its referents, their hierarchy, its service, those it is shared with — everyone else gets
/// 404, on reads and writes alike; a transfer moves the access.
/// </summary>
public abstract class AccesDossiersApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Acces_AutreServiceSansLien_Returns404PartoutEtAbsentDesRecherches()
    {
        var (proprietaire, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("A")));
        var (etranger, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("B")));
        using var _p = proprietaire;
        using var _e = etranger;
        var (id, fiche) = await DossierSimpleAsync(proprietaire, "Prive");

        await (await etranger.GetAsync($"/api/dossiers/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.dossier-introuvable");
        await (await etranger.GetAsync($"/api/dossiers/{id}/unite-allocation")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await etranger.SendJsonAsync(HttpMethod.Patch, $"/api/dossiers/{id}", new { nom = "Pirate" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await etranger.PostJsonAsync($"/api/dossiers/{id}/cloture", new { })).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await etranger.GetAsync($"/api/dossiers?ficheId={fiche}")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await proprietaire.GetAsync($"/api/dossiers/{id}")).StatusCode);
    }

    [Fact]
    public async Task Acces_MemeServiceHierarchieEtPartage_Voient()
    {
        var serviceA = await Factory.CreateServiceAsync(FichesTestData.Marqueur("A"));
        var serviceB = await Factory.CreateServiceAsync(FichesTestData.Marqueur("B"));
        var (chef, chefId) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceB);
        var (referent, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceA, chefId);
        var (collegue, _) = await Factory.UserClientAsync(Metiers.Gestionnaire, serviceA);
        var (invite, inviteId) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("C")));
        using var _c = chef;
        using var _r = referent;
        using var _g = collegue;
        using var _i = invite;
        var (id, _) = await DossierSimpleAsync(referent, "Partage");

        Assert.Equal(HttpStatusCode.OK, (await chef.GetAsync($"/api/dossiers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await collegue.GetAsync($"/api/dossiers/{id}")).StatusCode);
        await (await invite.GetAsync($"/api/dossiers/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);

        var partage = await (await referent.PostJsonAsync($"/api/dossiers/{id}/partages", new { utilisateurId = inviteId })).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await invite.GetAsync($"/api/dossiers/{id}")).StatusCode);
        var partageId = partage.GetProperty("partages")[0].GetProperty("id").GetGuid();
        (await referent.DeleteAsync($"/api/dossiers/{id}/partages/{partageId}")).EnsureSuccessStatusCode();
        await (await invite.GetAsync($"/api/dossiers/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Transfert_VersAutreServiceEtReferent_AccesSuitLeDossier()
    {
        var serviceA = await Factory.CreateServiceAsync(FichesTestData.Marqueur("A"));
        var serviceB = await Factory.CreateServiceAsync(FichesTestData.Marqueur("B"));
        var (ancien, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceA);
        var (nouveau, nouveauId) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceB);
        using var _a = ancien;
        using var _n = nouveau;
        var (id, _) = await DossierSimpleAsync(ancien, "Transfert");
        await (await nouveau.GetAsync($"/api/dossiers/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);

        var transfere = await (await ancien.PostJsonAsync($"/api/dossiers/{id}/transferts", new
        {
            serviceId = serviceB, referentId = nouveauId, date = "2026-11-01", message = "Déménagement",
        })).JsonAsync();

        Assert.Equal(serviceB, transfere.GetProperty("serviceId").GetGuid());
        var actifs = transfere.GetProperty("referents").EnumerateArray().Where(r => r.GetProperty("actif").GetBoolean()).ToList();
        Assert.Equal(nouveauId, Assert.Single(actifs).GetProperty("utilisateurId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await nouveau.GetAsync($"/api/dossiers/{id}")).StatusCode);
        await (await ancien.GetAsync($"/api/dossiers/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Transfert_ServiceOuReferentInconnu_Returns404EtRienNeChange()
    {
        using var admin = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(admin, "Inconnu");

        await (await admin.PostJsonAsync($"/api/dossiers/{id}/transferts", new { serviceId = Guid.NewGuid() }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.service-introuvable");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/transferts", new { referentId = Guid.NewGuid() }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.utilisateur-introuvable");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/transferts", new { })).AssertFieldErrorsAsync("serviceId");
        var lu = await client(admin, id);
        Assert.Equal(1, lu.GetProperty("version").GetInt64());

        static async Task<System.Text.Json.JsonElement> client(HttpClient c, Guid dossier) => await (await c.GetAsync($"/api/dossiers/{dossier}")).JsonAsync();
    }

    [Fact]
    public async Task Referents_IntervenantAvecFiche_CategorieVerifiee()
    {
        using var admin = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(admin, "Referents");
        var (_, utilisateurId) = await Factory.UserClientAsync(Metiers.AssistantSocial);
        var intervenant = await FicheAsync(admin, "Intervenant", "intervenant");
        var usager = await FicheAsync(admin, "Usager");

        await (await admin.PostJsonAsync($"/api/dossiers/{id}/referents", new { utilisateurId, ficheIntervenantId = usager }))
            .AssertFieldErrorsAsync("ficheIntervenantId");
        var ajoute = await (await admin.PostJsonAsync($"/api/dossiers/{id}/referents", new { utilisateurId, ficheIntervenantId = intervenant, du = "2026-02-01" })).JsonAsync();
        var referent = ajoute.GetProperty("referents").EnumerateArray().Single(r => r.GetProperty("utilisateurId").GetGuid() == utilisateurId);
        Assert.Equal(intervenant, referent.GetProperty("ficheIntervenantId").GetGuid());
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/referents", new { utilisateurId }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.deja-referent");

        var termine = await (await admin.DeleteAsync($"/api/dossiers/{id}/referents/{referent.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.False(termine.GetProperty("referents").EnumerateArray().Single(r => r.GetProperty("utilisateurId").GetGuid() == utilisateurId)
            .GetProperty("actif").GetBoolean());
    }

    [Fact]
    public async Task Permissions_ComptableLitMaisNEcritPas_Returns403()
    {
        var service = await Factory.CreateServiceAsync(FichesTestData.Marqueur("S"));
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable, service);
        using var _a = assistant;
        using var _c = comptable;
        var (id, fiche) = await DossierSimpleAsync(assistant, "Comptable");

        Assert.Equal(HttpStatusCode.OK, (await comptable.GetAsync($"/api/dossiers/{id}")).StatusCode);
        await (await comptable.SendJsonAsync(HttpMethod.Patch, $"/api/dossiers/{id}", new { nom = "Non" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await comptable.PostJsonAsync("/api/dossiers", new { nom = "Non", prestation = "WSH", fiches = new[] { new { ficheId = fiche, role = "requerant" } } }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        using var anonyme = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync($"/api/dossiers/{id}")).StatusCode);
    }
}

[Trait("Category", "Integration")]
public sealed class AccesDossiersApiTestsSqlite(SqliteApiFixture fixture) : AccesDossiersApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class AccesDossiersApiTestsPostgreSql(PostgreSqlApiFixture fixture) : AccesDossiersApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
