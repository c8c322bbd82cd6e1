using System.Net;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>A dossier's events: oldest or newest first, optionally paged (the array stays, the total in X-Total-Count), and one by id.</summary>
public abstract class EvenementsListeApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Evenements_TriPaginationEtLecture()
    {
        using var admin = await Factory.AdminClientAsync();
        var type = "T_" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        (await admin.PostJsonAsync("/api/parametres/types-evenements", new { code = type, libelle = "Point de situation" })).EnsureSuccessStatusCode();
        var (id, _) = await DossierSimpleAsync(admin, "EvenementsListe");
        var (autre, _) = await DossierSimpleAsync(admin, "EvenementsAutre");
        var a = await EnregistrerAsync(admin, id, type, "2026-03-05", "A");
        var b = await EnregistrerAsync(admin, id, type, "2026-03-01", "B");
        var c = await EnregistrerAsync(admin, id, type, "2026-03-05", "C");
        var url = $"/api/dossiers/{id}/evenements";

        Assert.Equal([b, a, c], await IdsAsync(admin, url));
        Assert.Equal([b, a, c], await IdsAsync(admin, $"{url}?sort=date"));
        Assert.Equal([c, a, b], await IdsAsync(admin, $"{url}?sort=-date"));
        var premiere = await admin.GetAsync($"{url}?page=1&pageSize=2");
        Assert.Equal("3", Assert.Single(premiere.Headers.GetValues("X-Total-Count")));
        Assert.Equal([b, a], (await premiere.JsonAsync()).EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        Assert.Equal([c], await IdsAsync(admin, $"{url}?page=2&pageSize=2"));
        Assert.Equal([c], await IdsAsync(admin, $"{url}?sort=-date&pageSize=1"));
        Assert.False((await admin.GetAsync(url)).Headers.Contains("X-Total-Count"));
        await (await admin.GetAsync($"{url}?sort=type")).AssertFieldErrorsAsync("sort");
        await (await admin.GetAsync($"{url}?pageSize=0")).AssertFieldErrorsAsync("pageSize");

        var lu = await admin.GetAsync($"{url}/{a}");
        var evenement = await lu.JsonAsync();
        Assert.Equal(("A", "2026-03-05"), (evenement.GetProperty("commentaire").GetString(), evenement.GetProperty("date").GetString()));
        Assert.NotNull(lu.Headers.ETag);
        await (await admin.GetAsync($"{url}/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.evenement-introuvable");
        await (await admin.GetAsync($"/api/dossiers/{autre}/evenements/{a}")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.evenement-introuvable");
        var (etranger, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("EL")));
        using var _e = etranger;
        await (await etranger.GetAsync($"{url}/{a}")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.dossier-introuvable");
    }

    private static async Task<Guid> EnregistrerAsync(HttpClient client, Guid dossierId, string type, string date, string commentaire) =>
        (await (await client.PostJsonAsync($"/api/dossiers/{dossierId}/evenements", new { type, date, commentaire })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string url) =>
        (await (await client.GetAsync(url)).JsonAsync()).EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
}

[Trait("Category", "Integration")]
public sealed class EvenementsListeApiTestsSqlite(SqliteApiFixture fixture) : EvenementsListeApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class EvenementsListeApiTestsPostgreSql(PostgreSqlApiFixture fixture) : EvenementsListeApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
