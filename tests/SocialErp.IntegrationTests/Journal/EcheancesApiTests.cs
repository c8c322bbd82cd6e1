using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>The échéancier, realising due dates, the overdue job, transmissions.</summary>
public abstract class EcheancesApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Echeancier_ParPersonneServiceStatutEtPeriode_AlertesUrgentesEnTete()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (collegue, collegueId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (autre, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await ServiceAsync());
        using var _a = assistant;
        using var _c = collegue;
        using var _o = autre;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        await AvecEcheanceAsync(assistant, dossier, "commentaire", "2030-01-10", assistantId, "Relancer la régie");
        await AvecEcheanceAsync(assistant, dossier, "commentaire", "2030-02-10", collegueId, "Préparer le budget");
        await AvecEcheanceAsync(assistant, dossier, "alerte", "2030-03-10", assistantId, "Expulsion annoncée", urgente: true);

        var miennes = await (await assistant.GetAsync("/api/echeances")).JsonAsync();
        Assert.Equal(["Expulsion annoncée", "Relancer la régie"], miennes.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList());
        Assert.True(miennes.GetProperty("items")[0].GetProperty("urgente").GetBoolean());
        Assert.Equal(3, await JournalDeBordApiTests.TotalAsync(assistant, $"/api/echeances?serviceId={service}"));
        Assert.Equal(1, await JournalDeBordApiTests.TotalAsync(assistant, $"/api/echeances?serviceId={service}&du=2030-02-01&au=2030-02-28"));
        Assert.Equal(1, await JournalDeBordApiTests.TotalAsync(collegue, $"/api/echeances?responsableId={collegueId}&statut=ouverte"));
        Assert.Equal(0, await JournalDeBordApiTests.TotalAsync(collegue, $"/api/echeances?responsableId={collegueId}&statut=realisee"));
        await (await assistant.GetAsync($"/api/echeances?responsableId={collegueId}")).AssertProblemAsync(HttpStatusCode.Forbidden, "journal.echeancier-interdit");
        await (await autre.GetAsync($"/api/echeances?serviceId={service}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await autre.GetAsync($"/api/echeances?dossierId={dossier}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await assistant.GetAsync("/api/echeances?statut=perdue")).AssertFieldErrorsAsync("statut");
        using var admin = await Factory.AdminClientAsync();
        Assert.Equal(1, await JournalDeBordApiTests.TotalAsync(admin, $"/api/echeances?responsableId={collegueId}"));
    }

    [Fact]
    public async Task Realisation_FermeLEcheance_UneSeuleFois()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (autre, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await ServiceAsync());
        using var _a = assistant;
        using var _o = autre;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var echeance = await AvecEcheanceAsync(assistant, dossier, "courrier-sortant", "2030-01-10", assistantId, "Relancer");

        await (await autre.PostJsonAsync($"/api/echeances/{echeance}/realisation", new { commentaire = "?" }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "journal.echeance-introuvable");
        var realisee = await (await assistant.PostJsonAsync($"/api/echeances/{echeance}/realisation", new { commentaire = "Pièces reçues." })).JsonAsync();

        Assert.Equal("realisee", realisee.GetProperty("statut").GetString());
        Assert.Equal("Pièces reçues.", realisee.GetProperty("commentaire").GetString());
        Assert.Equal(assistantId, realisee.GetProperty("realiseePar").GetGuid());
        await (await assistant.PostJsonAsync($"/api/echeances/{echeance}/realisation", new { commentaire = "Encore" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "journal.echeance-deja-close");
        await (await assistant.PostJsonAsync($"/api/echeances/{Guid.NewGuid()}/realisation", new { })).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task JobEcheancesEchues_EcheancePassee_EnRetardEtEvenementPublieUneFois()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var passee = await AvecEcheanceAsync(assistant, dossier, "commentaire", "2020-01-10", assistantId, "Échue depuis longtemps");
        var future = await AvecEcheanceAsync(assistant, dossier, "commentaire", "2099-01-10", assistantId, "Pas encore");
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(new JobKey("echeances-echues", "journal"));
        await Eventually.AssertAsync(async () => await StatutAsync(assistant, dossier, passee) == "en-retard", "the job to mark the passed due date", TimeSpan.FromSeconds(60));
        await scheduler.TriggerJob(new JobKey("echeances-echues", "journal"));

        Assert.Equal("ouverte", await StatutAsync(assistant, dossier, future));
        Assert.Equal(1, await JournalDeBordApiTests.TotalAsync(assistant, $"/api/echeances?statut=en-retard&dossierId={dossier}"));
        await Eventually.AssertAsync(
            async () => await Sql.ScalarAsync(Factory.Database,
                $"SELECT count(*) FROM {Sql.Table(Factory.Database, "journal", "outbox_message")} WHERE type = 'journal.echeance-echue.v1' AND payload LIKE '%{passee}%'") == 1,
            "one EcheanceEchue event in the journal outbox");
        var realisee = await (await assistant.PostJsonAsync($"/api/echeances/{passee}/realisation", new { commentaire = "En retard mais fait." })).JsonAsync();
        Assert.Equal("realisee", realisee.GetProperty("statut").GetString());
    }

    [Fact]
    public async Task Transmission_CreeEntreeEtEcheancePourLeCollegue_QuiDoitVoirLeDossier()
    {
        var service = await ServiceAsync();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (collegue, collegueId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (_, etrangerId) = await Factory.UserClientAsync(Metiers.AssistantSocial, await ServiceAsync());
        using var _a = assistant;
        using var _c = collegue;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);

        var entree = await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/transmissions", new
        {
            destinataireId = collegueId, message = "Je pars en congé : merci de suivre la demande de subside.", echeance = "2030-05-02",
        })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("transmission", entree.GetProperty("type").GetString());
        var echeance = Assert.Single((await (await collegue.GetAsync("/api/echeances")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("Reprendre le suivi du dossier", echeance.GetProperty("action").GetString());
        Assert.Equal("2030-05-02", echeance.GetProperty("date").GetString());
        Assert.Equal(entree.GetProperty("id").GetGuid(), echeance.GetProperty("entreeId").GetGuid());
        await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/transmissions", new { destinataireId = etrangerId, message = "x" }))
            .AssertFieldErrorsAsync("responsableId");
        await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/transmissions", new { message = "" })).AssertFieldErrorsAsync("destinataireId", "message");
        await (await assistant.PostJsonAsync($"/api/dossiers/{Guid.NewGuid()}/transmissions", new { destinataireId = collegueId, message = "x" }))
            .AssertProblemAsync(HttpStatusCode.NotFound);
    }

    internal static async Task<Guid> AvecEcheanceAsync(
        HttpClient client, Guid dossier, string type, string date, Guid responsableId, string action, bool urgente = false)
    {
        var entree = await (await client.PostJsonAsync($"/api/dossiers/{dossier}/journal", new
        {
            type, date = "2026-11-02T10:00:00Z", texte = $"{type} : {action}", urgente, echeance = new { date, responsableId, action },
        })).JsonAsync(HttpStatusCode.Created);
        return entree.GetProperty("echeances")[0].GetProperty("id").GetGuid();
    }

    private static async Task<string?> StatutAsync(HttpClient client, Guid dossier, Guid echeance) =>
        (await (await client.GetAsync($"/api/echeances?dossierId={dossier}&pageSize=500")).JsonAsync())
            .GetProperty("items").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == echeance).GetProperty("statut").GetString();

    private Task<Guid> ServiceAsync() => Factory.CreateServiceAsync($"E{Guid.NewGuid():N}"[..10]);
}

[Trait("Category", "Integration")]
public sealed class EcheancesApiTestsSqlite(SqliteApiFixture fixture) : EcheancesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class EcheancesApiTestsPostgreSql(PostgreSqlApiFixture fixture) : EcheancesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
