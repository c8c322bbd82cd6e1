using System.Net;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>The allocation unit (dated history, "as of a date", invariants) and the lifecycle (closing, read-only archive, reactivation).</summary>
public abstract class UniteAllocationCycleApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task UniteAllocation_HistoriqueAvecChangementDeRequerant_LuALaDate()
    {
        using var client = await Factory.AdminClientAsync();
        var pere = await FicheAsync(client, "Pere");
        var mere = await FicheAsync(client, "Mere");
        var enfant = await FicheAsync(client, "Enfant");
        var dossier = await DossierAsync(client, "Famille", (pere, "requerant"), (mere, "conjoint"), (enfant, "enfant"));
        var id = dossier.GetProperty("id").GetGuid();

        var remplace = await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/unite-allocation", new
        {
            periodes = new object[]
            {
                new { ficheId = pere, role = "requerant", du = "2026-01-01", au = "2026-05-31" },
                new { ficheId = mere, role = "conjoint", du = "2026-01-01", au = "2026-05-31" },
                new { ficheId = mere, role = "requerant", du = "2026-06-01" },
                new { ficheId = enfant, role = "enfant", du = "2026-01-01" },
            },
        });
        var ua = await remplace.JsonAsync();
        Assert.Equal(4, ua.GetProperty("periodes").GetArrayLength());
        Assert.Equal(2, ua.GetProperty("versionUniteAllocation").GetInt64());

        var mars = await (await client.GetAsync($"/api/dossiers/{id}/unite-allocation?date=2026-03-15")).JsonAsync();
        var juillet = await (await client.GetAsync($"/api/dossiers/{id}/unite-allocation?date=2026-07-01")).JsonAsync();
        Assert.Equal(3, mars.GetProperty("periodes").GetArrayLength());
        Assert.Equal(2, juillet.GetProperty("periodes").GetArrayLength());
        Assert.Contains(juillet.GetProperty("periodes").EnumerateArray(),
            p => p.GetProperty("ficheId").GetGuid() == mere && p.GetProperty("role").GetString() == "requerant");
    }

    [Fact]
    public async Task UniteAllocation_Invariants_Refuses400SansRienChanger()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await FicheAsync(client, "A");
        var b = await FicheAsync(client, "B");
        var dossier = await DossierAsync(client, "Invariants", (a, "requerant"), (b, "conjoint"));
        var id = dossier.GetProperty("id").GetGuid();
        var etranger = await FicheAsync(client, "Etranger");

        var chevauchement = await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/unite-allocation", new
        {
            periodes = new object[]
            {
                new { ficheId = a, role = "requerant", du = "2026-01-01" },
                new { ficheId = b, role = "conjoint", du = "2026-01-01", au = "2026-06-30" },
                new { ficheId = b, role = "enfant", du = "2026-06-01" },
            },
        });
        Assert.Equal("dossiers.ua-chevauchement", (await chevauchement.AssertFieldErrorsAsync("periodes[2]")).GetProperty("code").GetString());

        var deuxRequerants = await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/unite-allocation", new
        {
            periodes = new object[]
            {
                new { ficheId = a, role = "requerant", du = "2026-01-01" },
                new { ficheId = b, role = "requerant", du = "2026-03-01" },
            },
        });
        Assert.Equal("dossiers.ua-deux-requerants", (await deuxRequerants.AssertFieldErrorsAsync("periodes")).GetProperty("code").GetString());

        var sansRequerant = await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/unite-allocation", new
        {
            periodes = new object[]
            {
                new { ficheId = a, role = "requerant", du = "2026-01-01", au = "2026-01-31" },
                new { ficheId = b, role = "conjoint", du = "2026-01-01" },
            },
        });
        Assert.Equal("dossiers.ua-sans-requerant", (await sansRequerant.AssertFieldErrorsAsync("periodes")).GetProperty("code").GetString());

        var nonMembre = await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/unite-allocation", new
        {
            periodes = new object[] { new { ficheId = etranger, role = "requerant", du = "2026-01-01" } },
        });
        await nonMembre.AssertFieldErrorsAsync("periodes[0].ficheId");

        var finAvantDebut = await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/unite-allocation", new
        {
            periodes = new object[] { new { ficheId = a, role = "requerant", du = "2026-05-01", au = "2026-04-01" } },
        });
        await finAvantDebut.AssertFieldErrorsAsync("periodes[0].au");

        var ua = await (await client.GetAsync($"/api/dossiers/{id}/unite-allocation")).JsonAsync();
        Assert.Equal(2, ua.GetProperty("periodes").GetArrayLength());
        Assert.Equal(1, ua.GetProperty("versionUniteAllocation").GetInt64());
    }

    [Fact]
    public async Task Cycle_ClotureArchivageLectureSeuleReactivation()
    {
        using var client = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(client, "Cycle");

        await (await client.PostJsonAsync($"/api/dossiers/{id}/archivage", new { }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-non-clos");
        var clos = await (await client.PostJsonAsync($"/api/dossiers/{id}/cloture", new { date = "2026-10-31", motif = "Autonomie financière" })).JsonAsync();
        Assert.Equal("clos", clos.GetProperty("statut").GetString());
        Assert.Equal("2026-10-31", clos.GetProperty("dateSortieReelle").GetString());
        await (await client.PostJsonAsync($"/api/dossiers/{id}/cloture", new { }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-deja-clos");

        var archive = await (await client.PostAsync($"/api/dossiers/{id}/archivage", null)).JsonAsync();
        Assert.Equal("archive", archive.GetProperty("statut").GetString());
        await (await client.SendJsonAsync(HttpMethod.Patch, $"/api/dossiers/{id}", new { nom = "Interdit" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
        await (await client.PostJsonAsync($"/api/dossiers/{id}/fiches", new { ficheId = await FicheAsync(client, "Tard"), role = "enfant" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
        var lu = await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync();
        Assert.Equal("Cycle", lu.GetProperty("nom").GetString());

        var reactive = await (await client.PostJsonAsync($"/api/dossiers/{id}/reactivation", new { motif = "Nouvelle demande" })).JsonAsync();
        Assert.Equal("ouvert", reactive.GetProperty("statut").GetString());
        Assert.Equal(4, reactive.GetProperty("historiqueStatuts").GetArrayLength());
        await (await client.PostAsync($"/api/dossiers/{id}/reactivation", null))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-actif");
        (await client.SendJsonAsync(HttpMethod.Patch, $"/api/dossiers/{id}", new { nom = "Permis" })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Cycle_ClotureAvantOuverture_Returns400()
    {
        using var client = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(client, "Avant");

        await (await client.PostJsonAsync($"/api/dossiers/{id}/cloture", new { date = "2025-12-31" })).AssertFieldErrorsAsync("date");
    }
}

[Trait("Category", "Integration")]
public sealed class UniteAllocationCycleApiTestsSqlite(SqliteApiFixture fixture) : UniteAllocationCycleApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class UniteAllocationCycleApiTestsPostgreSql(PostgreSqlApiFixture fixture) : UniteAllocationCycleApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
