using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.IntegrationTests.Messaging;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>
/// Journal entries listing a merged fiche as participant: they list the kept fiche after the merge (once), the
/// original list again after the un-merge, unless a user changed it since; a redelivery changes nothing more.
/// </summary>
public abstract class ParticipantsFusionJournalApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Fusion_AbsorbeeParticipante_LEntreeListeLaConserveePuisLAbsorbeeApresDefusion()
    {
        var (client, dossier) = await DossierAsync();
        using var _c = client;
        var conservee = await FicheAsync(client);
        var absorbee = await FicheAsync(client);
        var autre = await FicheAsync(client);
        var entree = await EcrireAsync(client, dossier, absorbee, autre);

        var fusion = await FusionsDeTest.FusionnerAsync(client, conservee, absorbee);
        await Factory.DrainMessagesAsync();

        var fusionnee = await EntreeAsync(client, entree);
        Assert.Equal([conservee, autre], Participants(fusionnee));
        Assert.Equal(2, fusionnee.GetProperty("version").GetInt64());

        await FusionsDeTest.AnnulerAsync(client, fusion);
        await Factory.DrainMessagesAsync();

        var defusionnee = await EntreeAsync(client, entree);
        Assert.Equal([absorbee, autre], Participants(defusionnee));
        Assert.Equal(3, defusionnee.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Fusion_ConserveeDejaParticipante_PasDeDoublonEtLaDefusionRendLaListeDOrigine()
    {
        var (client, dossier) = await DossierAsync();
        using var _c = client;
        var conservee = await FicheAsync(client);
        var absorbee = await FicheAsync(client);
        var entree = await EcrireAsync(client, dossier, absorbee, conservee);

        var fusion = await FusionsDeTest.FusionnerAsync(client, conservee, absorbee);
        await Factory.DrainMessagesAsync();

        Assert.Equal([conservee], Participants(await EntreeAsync(client, entree)));

        await FusionsDeTest.AnnulerAsync(client, fusion);
        await Factory.DrainMessagesAsync();

        Assert.Equal([absorbee, conservee], Participants(await EntreeAsync(client, entree)));
    }

    [Fact]
    public async Task Fusion_Redelivree_PuisDefusionRedelivree_NeChangentRienDePlus()
    {
        var (client, dossier) = await DossierAsync();
        using var _c = client;
        var conservee = await FicheAsync(client);
        var absorbee = await FicheAsync(client);
        var autre = await FicheAsync(client);
        var entree = await EcrireAsync(client, dossier, autre, absorbee);
        var fusion = await FusionsDeTest.FusionnerAsync(client, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        Assert.Equal([autre, conservee], Participants(await EntreeAsync(client, entree)));
        var apresFusion = (await EntreeAsync(client, entree)).GetRawText();

        await Redelivraison.RedelivrerAsync(
            Factory, "journal", await Redelivraison.DernierPublieAsync<FichesFusionneesIntegrationEvent>(Factory, "fiches", $"fiche:{conservee}"));

        Assert.Equal(apresFusion, (await EntreeAsync(client, entree)).GetRawText());

        await FusionsDeTest.AnnulerAsync(client, fusion);
        await Factory.DrainMessagesAsync();
        var apresDefusion = (await EntreeAsync(client, entree)).GetRawText();
        await Redelivraison.RedelivrerAsync(
            Factory, "journal", await Redelivraison.DernierPublieAsync<FichesDefusionneesIntegrationEvent>(Factory, "fiches", $"fiche:{conservee}"));

        Assert.Equal(apresDefusion, (await EntreeAsync(client, entree)).GetRawText());
        Assert.Equal([autre, absorbee], Participants(await EntreeAsync(client, entree)));
    }

    [Fact]
    public async Task Defusion_ParticipantsCorrigesDepuisLaFusion_LaCorrectionReste()
    {
        var (client, dossier) = await DossierAsync();
        using var _c = client;
        var conservee = await FicheAsync(client);
        var absorbee = await FicheAsync(client);
        var autre = await FicheAsync(client);
        var entree = await EcrireAsync(client, dossier, absorbee);
        var fusion = await FusionsDeTest.FusionnerAsync(client, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        using (var correction = new HttpRequestMessage(HttpMethod.Patch, $"/api/journal/{entree}")
        {
            Content = JsonContent.Create(new { participants = new[] { conservee, autre }, motif = "Participant oublié" }),
        })
        {
            correction.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
            (await client.SendAsync(correction)).EnsureSuccessStatusCode();
        }

        await FusionsDeTest.AnnulerAsync(client, fusion);
        await Factory.DrainMessagesAsync();

        Assert.Equal([conservee, autre], Participants(await EntreeAsync(client, entree)));
    }

    private async Task<(HttpClient Client, Guid Dossier)> DossierAsync()
    {
        var (client, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync($"P{Guid.NewGuid():N}"[..10]));
        return (client, await DossiersDeTest.OuvrirAsync(Factory, client));
    }

    private static Task<Guid> FicheAsync(HttpClient client) =>
        FichesTestData.CreerAsync(client, new { type = "personne", nom = FichesTestData.Marqueur("Participant"), prenom = "P" });

    private static async Task<Guid> EcrireAsync(HttpClient client, Guid dossier, params Guid[] participants) =>
        (await (await client.PostJsonAsync($"/api/dossiers/{dossier}/journal", new
        {
            type = "entretien", date = "2026-11-02T10:00:00Z", texte = "Entretien à plusieurs.", participants,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> EntreeAsync(HttpClient client, Guid entree) =>
        (await (await client.GetAsync($"/api/journal/{entree}")).JsonAsync()).GetProperty("entree");

    private static List<Guid> Participants(JsonElement entree) =>
        entree.GetProperty("participants").EnumerateArray().Select(p => p.GetGuid()).ToList();
}

[Trait("Category", "Integration")]
public sealed class ParticipantsFusionJournalApiTestsSqlite(SqliteApiFixture fixture)
    : ParticipantsFusionJournalApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ParticipantsFusionJournalApiTestsPostgreSql(PostgreSqlApiFixture fixture)
    : ParticipantsFusionJournalApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
