using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.IntegrationTests.Dossiers;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>
/// <see cref="IFicheVisibilite"/>, the question other modules ask: one fiche or several at once, the same answer as
/// the Fiches API for the user of the current request (own service, dossiers shared with them; unknown = invisible);
/// <see cref="IFichesLecture"/> and <see cref="IFichesContacts"/> read the same fiches.
/// </summary>
public abstract class FichesQueriesTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task VisiblesAsync_RendLesFichesVisiblesParmiLesIds_LesInconnuesEtLesInvisiblesNon()
    {
        var serviceA = await Factory.CreateServiceAsync(FichesTestData.Marqueur("VA"));
        var serviceB = await Factory.CreateServiceAsync(FichesTestData.Marqueur("VB"));
        var (proprietaire, proprietaireId) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceA);
        var (etranger, etrangerId) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceB);
        using var _p = proprietaire;
        using var _e = etranger;
        var premiere = await CreerAsync(proprietaire, "Lot");
        var seconde = await CreerAsync(proprietaire, "Lot");
        var partagee = await CreerAsync(proprietaire, "Partage");
        var deLEtranger = await CreerAsync(etranger, "Autre");
        var inconnue = Guid.NewGuid();
        var dossier = (await DossiersTestData.DossierAsync(proprietaire, "Lot", (partagee, "requerant"))).GetProperty("id").GetGuid();
        (await proprietaire.PostJsonAsync($"/api/dossiers/{dossier}/partages", new { utilisateurId = etrangerId })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        Guid[] toutes = [premiere, seconde, partagee, deLEtranger, inconnue, premiere];

        await using (var scope = Factory.EnTantQue(proprietaireId, serviceA))
        {
            var visibilite = scope.ServiceProvider.GetRequiredService<IFicheVisibilite>();
            Assert.Equal(new HashSet<Guid> { premiere, seconde, partagee }, await visibilite.VisiblesAsync(toutes, default));
            Assert.Empty(await visibilite.VisiblesAsync([], default));
            Assert.Empty(await visibilite.VisiblesAsync([inconnue], default));
            await AccordAvecUnParUnAsync(visibilite, toutes);
        }

        await using (var scope = Factory.EnTantQue(etrangerId, serviceB))
        {
            var visibilite = scope.ServiceProvider.GetRequiredService<IFicheVisibilite>();
            Assert.Equal(new HashSet<Guid> { partagee, deLEtranger }, await visibilite.VisiblesAsync(toutes, default));
            await AccordAvecUnParUnAsync(visibilite, toutes);
            // The reading queries (mail merge, notifications) apply the same rule: a shared dossier's fiche included.
            var lues = await scope.ServiceProvider.GetRequiredService<IFichesLecture>().TrouverAsync(toutes, DateOnly.FromDateTime(DateTime.UtcNow), default);
            Assert.Equal(new HashSet<Guid> { partagee, deLEtranger }, lues.Select(f => f.Id).ToHashSet());
            var contacts = await scope.ServiceProvider.GetRequiredService<IFichesContacts>().TrouverAsync(toutes, default);
            Assert.Equal(new HashSet<Guid> { partagee, deLEtranger }, contacts.Select(f => f.Id).ToHashSet());
        }

        await (await etranger.GetAsync($"/api/fiches/{premiere}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await etranger.GetAsync($"/api/fiches/{partagee}")).StatusCode);
    }

    private static async Task AccordAvecUnParUnAsync(IFicheVisibilite visibilite, IReadOnlyCollection<Guid> ids)
    {
        var visibles = await visibilite.VisiblesAsync(ids, default);
        foreach (var id in ids)
        {
            Assert.Equal(await visibilite.EstVisibleAsync(id, default), visibles.Contains(id));
        }
    }

    private static async Task<Guid> CreerAsync(HttpClient client, string nom) =>
        (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = FichesTestData.Marqueur(nom), prenom = "Test", categories = new[] { "usager" } }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}

[Trait("Category", "Integration")]
public sealed class FichesQueriesTestsSqlite(SqliteApiFixture fixture) : FichesQueriesTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class FichesQueriesTestsPostgreSql(PostgreSqlApiFixture fixture) : FichesQueriesTests(fixture), IClassFixture<PostgreSqlApiFixture>;
