using System.Net;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>Event types limited to some prestations: listed per prestation, refused on a dossier of another prestation.</summary>
public abstract class TypesEvenementsPrestationsApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task TypeEvenement_ReserveAUnePrestation_FiltreEtRefuseAilleurs()
    {
        using var admin = await Factory.AdminClientAsync();
        var (asile, global) = (Code(), Code());
        await (await admin.PostJsonAsync("/api/parametres/types-evenements", new { code = asile, libelle = "Audition SEM", prestations = new[] { "ASILE", "INCONNUE" } }))
            .AssertFieldErrorsAsync("prestations");
        var cree = await (await admin.PostJsonAsync("/api/parametres/types-evenements", new { code = asile, libelle = "Audition SEM", prestations = new[] { "ASILE" } }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["ASILE"], cree.GetProperty("prestations").EnumerateArray().Select(p => p.GetString()));
        (await admin.PostJsonAsync("/api/parametres/types-evenements", new { code = global, libelle = "Point de situation" })).EnsureSuccessStatusCode();

        var pourAsile = await CodesAsync(admin, "ASILE");
        Assert.Contains(asile, pourAsile);
        Assert.Contains(global, pourAsile);
        Assert.Contains("ENTREE", pourAsile);
        var pourWsh = await CodesAsync(admin, "WSH");
        Assert.DoesNotContain(asile, pourWsh);
        Assert.Contains(global, pourWsh);
        Assert.Contains(asile, await CodesAsync(admin, null));

        var (id, _) = await DossierSimpleAsync(admin, "TypesParPrestation");
        var refus = await (await admin.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = asile, date = "2026-03-01" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "dossiers.type-evenement-hors-prestation");
        Assert.True(refus.GetProperty("errors").TryGetProperty("type", out _));
        (await admin.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = global, date = "2026-03-01" })).EnsureSuccessStatusCode();

        (await admin.SendJsonAsync(HttpMethod.Put, $"/api/parametres/types-evenements/{asile}", new
        {
            code = asile, libelle = "Audition SEM", prestations = new[] { "ASILE", "WSH" },
        })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = asile, date = "2026-03-02" })).EnsureSuccessStatusCode();
    }

    private static async Task<List<string>> CodesAsync(HttpClient client, string? prestation) =>
        (await (await client.GetAsync("/api/parametres/types-evenements" + (prestation is null ? "" : $"?prestation={prestation}"))).JsonAsync())
            .EnumerateArray().Select(t => t.GetProperty("code").GetString()!).ToList();

    private static string Code() => "T_" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
}

[Trait("Category", "Integration")]
public sealed class TypesEvenementsPrestationsApiTestsSqlite(SqliteApiFixture fixture)
    : TypesEvenementsPrestationsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class TypesEvenementsPrestationsApiTestsPostgreSql(PostgreSqlApiFixture fixture)
    : TypesEvenementsPrestationsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
