using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.IntegrationTests.Messaging;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>
/// What becomes of a due date besides its realisation: cancelled, rescheduled, reassigned by hand, cancelled when its
/// dossier is closed or archived; and the overdue job leaving cancelled ones alone.
/// </summary>
public abstract class CycleEcheancesApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Annulation_AvecMotif_FermeEtTraceLEcheance_UneSeuleFois()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (autre, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await ServiceAsync());
        var (integrateur, _) = await Factory.UserClientAsync(Metiers.Integrateur, service);
        using var _a = assistant;
        using var _o = autre;
        using var _i = integrateur;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var echeance = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2030-01-10", assistantId, "Relancer la régie");
        var url = $"/api/echeances/{echeance}/annulation";

        await (await autre.PostJsonAsync(url, new { motif = "Pas mon dossier" })).AssertProblemAsync(HttpStatusCode.NotFound, "journal.echeance-introuvable");
        await (await integrateur.PostJsonAsync(url, new { motif = "Pas mon métier" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await assistant.PostJsonAsync(url, new { })).AssertFieldErrorsAsync("motif");
        await (await assistant.PostJsonAsync(url, new { motif = "   " })).AssertFieldErrorsAsync("motif");
        await (await assistant.PostJsonAsync(url, new { motif = new string('x', 501) })).AssertFieldErrorsAsync("motif");
        await (await EnvoyerAsync(assistant, url, "\"99\"", new { motif = "Périmé" })).AssertProblemAsync(HttpStatusCode.PreconditionFailed, "version-obsolete");
        await (await assistant.PostJsonAsync($"/api/echeances/{Guid.NewGuid()}/annulation", new { motif = "?" })).AssertProblemAsync(HttpStatusCode.NotFound);
        var version = (await EcheancesAsync(assistant, dossier))[echeance].GetProperty("version").GetInt64();
        var reponse = await EnvoyerAsync(assistant, url, $"\"{version}\"", new { motif = "  La régie a répondu d'elle-même.  " });
        var annulee = await reponse.JsonAsync();

        Assert.Equal("annulee", annulee.GetProperty("statut").GetString());
        Assert.Equal($"\"{annulee.GetProperty("version").GetInt64()}\"", reponse.Headers.ETag?.Tag);
        var modification = Assert.Single(annulee.GetProperty("modifications").EnumerateArray());
        Assert.Equal("annulation", modification.GetProperty("nature").GetString());
        Assert.Equal("La régie a répondu d'elle-même.", modification.GetProperty("motif").GetString());
        Assert.Equal(assistantId, modification.GetProperty("par").GetGuid());
        Assert.Equal(JsonValueKind.Null, annulee.GetProperty("realiseeLe").ValueKind);
        await (await assistant.PostJsonAsync(url, new { motif = "Encore" })).AssertProblemAsync(HttpStatusCode.Conflict, "journal.echeance-deja-close");
        await (await assistant.PostJsonAsync($"/api/echeances/{echeance}/realisation", new { })).AssertProblemAsync(HttpStatusCode.Conflict, "journal.echeance-deja-close");
        await (await assistant.PostJsonAsync($"/api/echeances/{echeance}/report", new { date = "2030-02-01" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "journal.echeance-deja-close");
        await (await assistant.PostJsonAsync($"/api/echeances/{echeance}/reattribution", new { responsableId = assistantId }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "journal.echeance-deja-close");
        Assert.Equal(1, await JournalDeBordApiTests.TotalAsync(assistant, $"/api/echeances?dossierId={dossier}&statut=annulee"));
        await Factory.DrainMessagesAsync();
        using var direction = await Factory.AdminClientAsync();
        var lignes = (await (await direction.GetAsync($"/api/mutations?module=journal&entite=Echeance&entiteId={echeance}&operation=modification")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        var ligne = Assert.Single(lignes);
        Assert.Equal(assistantId, ligne.GetProperty("utilisateurId").GetGuid());
        Assert.Contains("Annulee", ligne.GetProperty("changements").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annulation_EcheanceRealisee_Conflit()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var echeance = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2030-01-10", assistantId, "Relancer");
        (await assistant.PostJsonAsync($"/api/echeances/{echeance}/realisation", new { commentaire = "Fait." })).EnsureSuccessStatusCode();

        await (await assistant.PostJsonAsync($"/api/echeances/{echeance}/annulation", new { motif = "Trop tard" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "journal.echeance-deja-close");
    }

    [Fact]
    public async Task Report_NouvelleDate_UneEcheanceEnRetardRedevientOuverte_DatePasseeRefusee()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (autre, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await ServiceAsync());
        using var _a = assistant;
        using var _o = autre;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var passee = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2020-01-10", assistantId, "Oubliée");
        var url = $"/api/echeances/{passee}/report";
        await MarquerEnRetardAsync(assistant, dossier, passee);

        await (await autre.PostJsonAsync(url, new { date = "2030-02-01" })).AssertProblemAsync(HttpStatusCode.NotFound, "journal.echeance-introuvable");
        await (await assistant.PostJsonAsync(url, new { motif = "Sans date" })).AssertFieldErrorsAsync("date");
        await (await assistant.PostJsonAsync(url, new { date = "2020-02-01" })).AssertFieldErrorsAsync("date");
        await (await assistant.PostAsync(url, JsonContent.Create(new { date = "2030-13-45" }))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var reportee = await (await assistant.PostJsonAsync(url, new { date = "2030-02-01", motif = "Attente des pièces" })).JsonAsync();

        Assert.Equal("2030-02-01", reportee.GetProperty("date").GetString());
        Assert.Equal("ouverte", reportee.GetProperty("statut").GetString());
        var modification = Assert.Single(reportee.GetProperty("modifications").EnumerateArray());
        Assert.Equal("report", modification.GetProperty("nature").GetString());
        Assert.Equal("2020-01-10", modification.GetProperty("ancienneDate").GetString());
        Assert.Equal("2030-02-01", modification.GetProperty("nouvelleDate").GetString());
        Assert.Equal("Attente des pièces", modification.GetProperty("motif").GetString());
        var deNouveau = await (await assistant.PostJsonAsync(url, new { date = "2030-03-01" })).JsonAsync();
        Assert.Equal(2, deNouveau.GetProperty("modifications").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, deNouveau.GetProperty("modifications")[1].GetProperty("motif").ValueKind);
        Assert.Equal(1, await JournalDeBordApiTests.TotalAsync(assistant, $"/api/echeances?dossierId={dossier}&du=2030-03-01&au=2030-03-01"));
    }

    [Fact]
    public async Task Reattribution_AUnCollegueQuiVoitLeDossier_LesAutresRefuses()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (collegue, collegueId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (etranger, etrangerId) = await Factory.UserClientAsync(Metiers.AssistantSocial, await ServiceAsync());
        using var _a = assistant;
        using var _c = collegue;
        using var _e = etranger;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var echeance = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2030-01-10", assistantId, "Visite à domicile");
        var url = $"/api/echeances/{echeance}/reattribution";

        await (await etranger.PostJsonAsync(url, new { responsableId = etrangerId })).AssertProblemAsync(HttpStatusCode.NotFound, "journal.echeance-introuvable");
        await (await assistant.PostJsonAsync(url, new { motif = "Sans responsable" })).AssertFieldErrorsAsync("responsableId");
        await (await assistant.PostJsonAsync(url, new { responsableId = etrangerId })).AssertFieldErrorsAsync("responsableId");
        await (await assistant.PostJsonAsync(url, new { responsableId = Guid.NewGuid() })).AssertFieldErrorsAsync("responsableId");
        var reattribuee = await (await assistant.PostJsonAsync(url, new { responsableId = collegueId, motif = "Vacances" })).JsonAsync();

        Assert.Equal(collegueId, reattribuee.GetProperty("responsableId").GetGuid());
        var modification = Assert.Single(reattribuee.GetProperty("modifications").EnumerateArray());
        Assert.Equal("reattribution", modification.GetProperty("nature").GetString());
        Assert.Equal(assistantId, modification.GetProperty("ancienResponsableId").GetGuid());
        Assert.Equal(collegueId, modification.GetProperty("nouveauResponsableId").GetGuid());
        var siennes = await (await collegue.GetAsync("/api/echeances")).JsonAsync();
        Assert.Equal(echeance, Assert.Single(siennes.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(0, await JournalDeBordApiTests.TotalAsync(assistant, "/api/echeances"));
    }

    [Fact]
    public async Task Annulation_EtapeDeWorkflow_ArreteLeWorkflowSansOuvrirLaSuivante()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        await DemarrerWorkflowAsync(assistant, assistantId, dossier);
        var appel = Assert.Single((await (await assistant.GetAsync($"/api/echeances?dossierId={dossier}")).JsonAsync()).GetProperty("items").EnumerateArray());

        (await assistant.PostJsonAsync($"/api/echeances/{appel.GetProperty("id").GetGuid()}/annulation", new { motif = "Famille partie du canton" }))
            .EnsureSuccessStatusCode();

        Assert.Equal(0, await JournalDeBordApiTests.TotalAsync(assistant, $"/api/echeances?dossierId={dossier}&statut=ouverte"));
        var instance = Assert.Single((await (await assistant.GetAsync($"/api/workflows/instances?dossierId={dossier}")).JsonAsync()).EnumerateArray());
        Assert.True(instance.GetProperty("terminee").GetBoolean());
        Assert.True(instance.GetProperty("arretee").GetBoolean());
        Assert.Equal(JsonValueKind.Null, instance.GetProperty("etapeCourante").ValueKind);
        Assert.Contains("Famille partie du canton", instance.GetProperty("motifArret").GetString(), StringComparison.Ordinal);
        var passage = Assert.Single(instance.GetProperty("historique").EnumerateArray());
        Assert.True(passage.GetProperty("annulee").GetBoolean());
    }

    [Fact]
    public async Task DossierClos_AnnuleSesEcheancesOuvertesEtArreteSesWorkflows_NiRedelivraisonNiReactivationNeLesTouchent()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var ouverte = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2030-01-10", assistantId, "Relancer");
        var realisee = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2030-01-11", assistantId, "Appeler");
        (await assistant.PostJsonAsync($"/api/echeances/{realisee}/realisation", new { commentaire = "Fait." })).EnsureSuccessStatusCode();
        await DemarrerWorkflowAsync(assistant, assistantId, dossier);

        (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/cloture", new { date = "2026-10-31", motif = "Fin du droit" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var cloture = await Redelivraison.DernierPublieAsync<DossierStatutModifieIntegrationEvent>(Factory, "dossiers", $"dossier:{dossier}");

        var echeances = await EcheancesAsync(assistant, dossier);
        Assert.Equal("annulee", echeances[ouverte].GetProperty("statut").GetString());
        Assert.Equal("Dossier clos le 31.10.2026.", echeances[ouverte].GetProperty("modifications")[0].GetProperty("motif").GetString());
        Assert.Equal(JsonValueKind.Null, echeances[ouverte].GetProperty("modifications")[0].GetProperty("par").ValueKind);
        Assert.Equal("realisee", echeances[realisee].GetProperty("statut").GetString());
        Assert.All(echeances.Values, e => Assert.NotEqual("ouverte", e.GetProperty("statut").GetString()));
        var instance = Assert.Single((await (await assistant.GetAsync($"/api/workflows/instances?dossierId={dossier}")).JsonAsync()).EnumerateArray());
        Assert.True(instance.GetProperty("arretee").GetBoolean());
        Assert.Equal("Dossier clos le 31.10.2026.", instance.GetProperty("motifArret").GetString());

        (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/reactivation", new { motif = "Nouvelle demande" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var apres = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2030-02-10", assistantId, "Nouvelle demande");
        await DemarrerWorkflowAsync(assistant, assistantId, dossier);
        var avantRedelivraison = await EcheancesAsync(assistant, dossier);
        Assert.Equal("annulee", avantRedelivraison[ouverte].GetProperty("statut").GetString());

        await Redelivraison.RedelivrerAsync(Factory, "journal", cloture);

        var finales = await EcheancesAsync(assistant, dossier);
        Assert.Equal(avantRedelivraison.Keys.Order(), finales.Keys.Order());
        Assert.All(finales, e => Assert.Equal(avantRedelivraison[e.Key].GetProperty("version").GetInt64(), e.Value.GetProperty("version").GetInt64()));
        Assert.Equal("ouverte", finales[apres].GetProperty("statut").GetString());
        var instances = (await (await assistant.GetAsync($"/api/workflows/instances?dossierId={dossier}")).JsonAsync()).EnumerateArray().ToList();
        Assert.Single(instances, i => !i.GetProperty("terminee").GetBoolean());
        Assert.Single(
            (await (await assistant.GetAsync($"/api/dossiers/{dossier}/journal?type=cloture")).JsonAsync()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task DossierClos_RefuseNouvellesEcheancesTransmissionsEtWorkflows_EntreeSansEcheanceAcceptee()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (collegue, collegueId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        using var _c = collegue;
        using var admin = await Factory.AdminClientAsync();
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var code = $"ferme-{Guid.NewGuid():N}"[..15];
        (await admin.PostJsonAsync("/api/workflows", new
        {
            code, nom = $"Workflow {code}", declencheur = "manuel",
            etapes = new[] { new { code = "appel", action = "Appeler", responsable = new { type = "utilisateur", utilisateurId = assistantId }, delaiJours = 2 } },
        })).EnsureSuccessStatusCode();
        (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/cloture", new { date = "2026-10-31", motif = "Fin du droit" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var entreesAvant = (await (await assistant.GetAsync($"/api/dossiers/{dossier}/journal?pageSize=100")).JsonAsync()).GetProperty("total").GetInt32();

        await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/journal", new
        {
            type = "commentaire", date = "2026-11-02T10:00:00Z", texte = "À relancer", echeance = new { date = "2030-01-10", responsableId = assistantId, action = "Relancer" },
        })).AssertProblemAsync(HttpStatusCode.Conflict, "journal.dossier-ferme");
        await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/transmissions", new { destinataireId = collegueId, message = "Pour toi" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "journal.dossier-ferme");
        await (await assistant.PostJsonAsync("/api/workflows/instances", new { code, dossierId = dossier, dateDebut = "2030-01-01" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "journal.dossier-ferme");

        Assert.Equal(entreesAvant, (await (await assistant.GetAsync($"/api/dossiers/{dossier}/journal?pageSize=100")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Empty(await EcheancesAsync(assistant, dossier));
        Assert.Empty((await (await assistant.GetAsync($"/api/workflows/instances?dossierId={dossier}")).JsonAsync()).EnumerateArray());
        (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/journal", new { type = "commentaire", date = "2026-11-02T10:00:00Z", texte = "Courrier reçu après la clôture." }))
            .EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task DossierArchive_AnnuleSesEcheancesOuvertesEtEnRetard()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var ouverte = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2030-01-10", assistantId, "Relancer");

        await DossiersDeTest.PublierAsync(Factory, "dossiers", new DossierStatutModifieIntegrationEvent(dossier, "clos", "archive", new DateOnly(2026, 11, 2), null));

        var echeance = (await EcheancesAsync(assistant, dossier))[ouverte];
        Assert.Equal("annulee", echeance.GetProperty("statut").GetString());
        Assert.Equal("Dossier archivé le 02.11.2026.", echeance.GetProperty("modifications")[0].GetProperty("motif").GetString());
    }

    [Fact]
    public async Task DossierEnRupture_AutreStatut_LaisseSesEcheancesOuvertes()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var ouverte = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2030-01-10", assistantId, "Relancer");

        await DossiersDeTest.PublierAsync(Factory, "dossiers", new DossierStatutModifieIntegrationEvent(dossier, "en-cours", "rupture", new DateOnly(2026, 11, 2), null));

        Assert.Equal("ouverte", (await EcheancesAsync(assistant, dossier))[ouverte].GetProperty("statut").GetString());
    }

    [Fact]
    public async Task JobEcheancesEchues_IgnoreLesEcheancesAnnulees()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var annulee = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2020-01-10", assistantId, "Annulée avant l'échéance");
        var temoin = await EcheancesApiTests.AvecEcheanceAsync(assistant, dossier, "commentaire", "2020-01-10", assistantId, "Oubliée");
        (await assistant.PostJsonAsync($"/api/echeances/{annulee}/annulation", new { motif = "Sans objet" })).EnsureSuccessStatusCode();

        await MarquerEnRetardAsync(assistant, dossier, temoin);

        Assert.Equal("annulee", (await EcheancesAsync(assistant, dossier))[annulee].GetProperty("statut").GetString());
        Assert.Equal(0, await Sql.ScalarAsync(Factory.Database,
            $"SELECT count(*) FROM {Sql.Table(Factory.Database, "journal", "outbox_message")} WHERE type = 'journal.echeance-echue.v1' AND payload LIKE '%{annulee}%'"));
    }

    [Fact]
    public async Task EcheancePaiementPlanifiee_DeComptabilite_DevientUneEcheanceDuReferent()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);

        await DossiersDeTest.PublierAsync(Factory, "comptabilite", new EcheancePaiementPlanifieeIntegrationEvent(
            Guid.NewGuid(), Guid.NewGuid(), dossier, null, "2030-03", new DateOnly(2030, 3, 25), 1234.5m, 2, "Paiements du budget « Test » (2030-03)"));

        var echeance = Assert.Single((await (await assistant.GetAsync($"/api/echeances?dossierId={dossier}")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("2030-03-25", echeance.GetProperty("date").GetString());
        Assert.Equal(assistantId, echeance.GetProperty("responsableId").GetGuid());
        Assert.Equal("Paiement du budget 2030-03 (CHF 1234.50)", echeance.GetProperty("action").GetString());
    }

    private async Task DemarrerWorkflowAsync(HttpClient client, Guid responsableId, Guid dossier)
    {
        using var admin = await Factory.AdminClientAsync();
        var code = $"cycle-{Guid.NewGuid():N}"[..15];
        var responsable = new { type = "utilisateur", utilisateurId = responsableId };
        (await admin.PostJsonAsync("/api/workflows", new
        {
            code, nom = $"Workflow {code}", declencheur = "manuel",
            etapes = new[] { new { code = "appel", action = "Appeler", responsable, delaiJours = 2 }, new { code = "visite", action = "Visiter", responsable, delaiJours = 9 } },
        })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync("/api/workflows/instances", new { code, dossierId = dossier, dateDebut = "2030-01-01" })).EnsureSuccessStatusCode();
    }

    private async Task MarquerEnRetardAsync(HttpClient client, Guid dossier, Guid echeance)
    {
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey("echeances-echues", "journal"));
        await Eventually.AssertAsync(
            async () => (await EcheancesAsync(client, dossier))[echeance].GetProperty("statut").GetString() == "en-retard",
            "the job to mark the passed due date", TimeSpan.FromSeconds(60));
    }

    private static async Task<Dictionary<Guid, JsonElement>> EcheancesAsync(HttpClient client, Guid dossier) =>
        (await (await client.GetAsync($"/api/echeances?dossierId={dossier}&pageSize=500")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetGuid(), e => e.Clone());

    private static async Task<HttpResponseMessage> EnvoyerAsync(HttpClient client, string url, string ifMatch, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    private Task<Guid> ServiceAsync() => Factory.CreateServiceAsync($"C{Guid.NewGuid():N}"[..10]);
}

[Trait("Category", "Integration")]
public sealed class CycleEcheancesApiTestsSqlite(SqliteApiFixture fixture) : CycleEcheancesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class CycleEcheancesApiTestsPostgreSql(PostgreSqlApiFixture fixture) : CycleEcheancesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
