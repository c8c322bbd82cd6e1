using System.Net;
using System.Net.Http.Json;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// A session is dated by the service's calendar day of its start, not by the UTC date of the stored instant: the
/// dossier's dates, the list of sessions filtered by day, the indicators per phase and the Statistiques lists agree on it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SeancesJourDuServiceTests
{
    [Fact]
    public async Task Seance_DebutLaVeilleEnUtc_CompteeLeJourDuService()
    {
        // UTC+14: 2026-03-09T11:00Z is 2026-03-10 01:00 on the service's calendar.
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "jour-seance");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Horloge:FuseauHoraire"] = "Pacific/Kiritimati" });
        using var client = await factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(client, "Jour");

        var seance = await (await client.PostJsonAsync($"/api/dossiers/{id}/seances", new { debut = "2026-03-09T11:00:00Z", fin = "2026-03-09T12:00:00Z" }))
            .JsonAsync(HttpStatusCode.Created);
        var dossier = await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync();
        (await client.PostJsonAsync($"/api/dossiers/{id}/seances/{seance.GetProperty("id").GetGuid()}/emargement", new { presence = "present" })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "ENTREE", date = "2026-03-01" })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "CHANGEMENT_PHASE", date = "2026-03-01", champs = new { phase = "Bilan initial" } })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "CHANGEMENT_PHASE", date = "2026-03-10", champs = new { phase = "Accompagnement" } })).EnsureSuccessStatusCode();
        var indicateurs = await (await client.GetAsync($"/api/dossiers/{id}/indicateurs")).JsonAsync();
        var duJour = await (await client.GetAsync($"/api/dossiers/{id}/seances?du=2026-03-10&au=2026-03-10")).JsonAsync();
        var laVeille = await (await client.GetAsync($"/api/dossiers/{id}/seances?du=2026-03-09&au=2026-03-09")).JsonAsync();
        await factory.DrainMessagesAsync();
        var liste = await (await client.PostAsJsonAsync("/api/statistiques/listes", new
            {
                nom = "Jour des séances", partagee = false, definition = new { entite = "seances", colonnes = new[] { "seance.date" } },
            }))
            .JsonAsync(HttpStatusCode.Created);
        var resultat = await (await client.GetAsync($"/api/statistiques/listes/{liste.GetProperty("id").GetGuid()}/resultat")).JsonAsync();

        Assert.Equal("2026-03-10", dossier.GetProperty("dateEntree").GetString());
        Assert.Equal("2026-03-10", dossier.GetProperty("dateFinPrevue").GetString());
        var phases = indicateurs.GetProperty("phases").EnumerateArray()
            .Select(p => $"{p.GetProperty("phase").GetString()}:{p.GetProperty("seancesEmargees").GetInt32()}");
        Assert.Equal(["Bilan initial:0", "Accompagnement:1"], phases);
        Assert.Equal(1, duJour.GetProperty("total").GetInt32());
        Assert.Equal(0, laVeille.GetProperty("total").GetInt32());
        var ligne = Assert.Single(resultat.GetProperty("lignes").EnumerateArray());
        Assert.Equal("2026-03-10", ligne.GetProperty("seance.date").GetString());
    }
}
