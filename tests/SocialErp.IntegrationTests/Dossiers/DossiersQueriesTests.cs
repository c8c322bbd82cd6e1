using Microsoft.Extensions.DependencyInjection;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// The read-only queries other modules call (<see cref="IDossierVisibilite"/>, <see cref="IDossiersLecture"/>)
/// answer with the same visibility as the API, for the user of the current request.
/// </summary>
public abstract class DossiersQueriesTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Queries_ProprietaireVoitEtranger_Non()
    {
        var serviceA = await Factory.CreateServiceAsync(FichesTestData.Marqueur("Q"));
        var serviceB = await Factory.CreateServiceAsync(FichesTestData.Marqueur("R"));
        var (proprietaire, proprietaireId) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceA);
        var (_, etrangerId) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceB);
        using var _p = proprietaire;
        var (id, fiche) = await DossierSimpleAsync(proprietaire, "Requetes");

        await using (var scope = Factory.EnTantQue(proprietaireId, serviceA))
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IDossierVisibilite>().EstVisibleAsync(id, default));
            var lecture = scope.ServiceProvider.GetRequiredService<IDossiersLecture>();
            var apercu = await lecture.TrouverAsync(id, default);
            Assert.Equal("WSH", apercu!.Prestation);
            Assert.Equal(fiche, Assert.Single(apercu.Membres).FicheId);
            var ua = await lecture.UniteAllocationAuAsync(id, new DateOnly(2026, 6, 1), default);
            Assert.Equal(("requerant", new DateOnly(2026, 1, 1)), (Assert.Single(ua).Role, ua[0].Du));
            Assert.Empty(await lecture.UniteAllocationAuAsync(id, new DateOnly(2025, 12, 31), default));
        }

        await using (var scope = Factory.EnTantQue(etrangerId, serviceB))
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<IDossierVisibilite>().EstVisibleAsync(id, default));
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IDossiersLecture>().TrouverAsync(id, default));
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<IDossiersLecture>().UniteAllocationAuAsync(id, new DateOnly(2026, 6, 1), default));
        }
    }

    [Fact]
    public async Task Vue360_SectionDossiers_ListeLesDossiersVisiblesDeLaFiche()
    {
        using var client = await Factory.AdminClientAsync();
        var (id, fiche) = await DossierSimpleAsync(client, "Vue");

        var vue = await (await client.GetAsync($"/api/fiches/{fiche}/vue-360")).JsonAsync();

        var dossier = Assert.Single(vue.GetProperty("sections").GetProperty("dossiers").EnumerateArray());
        Assert.Equal(id, dossier.GetProperty("id").GetGuid());
        Assert.Equal("requerant", dossier.GetProperty("role").GetString());
    }
}

[Trait("Category", "Integration")]
public sealed class DossiersQueriesTestsSqlite(SqliteApiFixture fixture) : DossiersQueriesTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DossiersQueriesTestsPostgreSql(PostgreSqlApiFixture fixture) : DossiersQueriesTests(fixture), IClassFixture<PostgreSqlApiFixture>;
