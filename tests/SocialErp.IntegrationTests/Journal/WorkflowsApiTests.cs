using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>Workflow definitions (versioned, checked) and their instances on dossiers.</summary>
public abstract class WorkflowsApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Workflow_DemarreALaMain_ChaqueEtapeRealiseeOuvreLaSuivantePourSonResponsable()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (gestionnaire, _) = await Factory.UserClientAsync(Metiers.Gestionnaire, service);
        using var _a = assistant;
        using var _g = gestionnaire;
        using var admin = await Factory.AdminClientAsync();
        var code = Code("suivi");
        (await admin.PostJsonAsync("/api/workflows", Definition(code, "manuel", null,
            Etape("appel", "Appeler", new { type = "utilisateur", utilisateurId = assistantId }, 2),
            Etape("budget", "Établir le budget", new { type = "metier", metier = "gestionnaire" }, 20)))).EnsureSuccessStatusCode();
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);

        var instance = await (await assistant.PostJsonAsync("/api/workflows/instances", new { code, dossierId = dossier, dateDebut = "2030-01-01" }))
            .JsonAsync(HttpStatusCode.Created);

        Assert.Equal("appel", instance.GetProperty("etapeCourante").GetString());
        var appel = Assert.Single((await (await assistant.GetAsync($"/api/echeances?dossierId={dossier}")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("2030-01-03", appel.GetProperty("date").GetString());
        Assert.Equal(assistantId, appel.GetProperty("responsableId").GetGuid());
        (await assistant.PostJsonAsync($"/api/echeances/{appel.GetProperty("id").GetGuid()}/realisation", new { commentaire = "Joint." })).EnsureSuccessStatusCode();
        var budget = Assert.Single((await (await gestionnaire.GetAsync($"/api/echeances?dossierId={dossier}&statut=ouverte")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("2030-01-21", budget.GetProperty("date").GetString());
        Assert.Equal("gestionnaire", budget.GetProperty("responsableMetier").GetString());
        Assert.Equal(1, await JournalDeBordApiTests.TotalAsync(gestionnaire, $"/api/echeances?serviceId={service}&statut=ouverte"));
        (await gestionnaire.PostJsonAsync($"/api/echeances/{budget.GetProperty("id").GetGuid()}/realisation", new { })).EnsureSuccessStatusCode();
        var fini = Assert.Single((await (await assistant.GetAsync($"/api/workflows/instances?dossierId={dossier}")).JsonAsync()).EnumerateArray());
        Assert.True(fini.GetProperty("terminee").GetBoolean());
        Assert.Equal(2, fini.GetProperty("historique").GetArrayLength());
        Assert.All(fini.GetProperty("historique").EnumerateArray(), p => Assert.NotEqual(JsonValueKind.Null, p.GetProperty("fin").ValueKind));
    }

    [Fact]
    public async Task Definition_Modifiee_NouvelleVersion_LesInstancesEnCoursGardentLaLeur()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        using var admin = await Factory.AdminClientAsync();
        var code = Code("versions");
        var responsable = new { type = "utilisateur", utilisateurId = assistantId };
        (await admin.PostJsonAsync("/api/workflows", Definition(code, "manuel", null, Etape("a", "Étape A", responsable, 1), Etape("b", "Étape B", responsable, 2))))
            .EnsureSuccessStatusCode();
        var ancien = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        (await assistant.PostJsonAsync("/api/workflows/instances", new { code, dossierId = ancien })).EnsureSuccessStatusCode();

        var v2 = await (await admin.PutAsJsonAsync($"/api/workflows/{code}", Definition(code, "manuel", null, Etape("a", "Étape A", responsable, 1), Etape("c", "Étape C", responsable, 5))))
            .JsonAsync();
        Assert.Equal(2, v2.GetProperty("numeroVersion").GetInt32());
        var echeanceA = (await (await assistant.GetAsync($"/api/echeances?dossierId={ancien}")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await assistant.PostJsonAsync($"/api/echeances/{echeanceA}/realisation", new { })).EnsureSuccessStatusCode();

        var suivante = (await (await assistant.GetAsync($"/api/echeances?dossierId={ancien}&statut=ouverte")).JsonAsync()).GetProperty("items")[0];
        Assert.Equal("Étape B", suivante.GetProperty("action").GetString());
        var instance = (await (await assistant.GetAsync($"/api/workflows/instances?dossierId={ancien}")).JsonAsync())[0];
        Assert.Equal(1, instance.GetProperty("numeroVersion").GetInt32());
        var definitions = await (await assistant.GetAsync("/api/workflows?historique=true")).JsonAsync();
        Assert.Equal([false, true], definitions.EnumerateArray().Where(d => d.GetProperty("code").GetString() == code).Select(d => d.GetProperty("active").GetBoolean()).ToList());
        var courante = (await (await assistant.GetAsync("/api/workflows")).JsonAsync()).EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);
        Assert.Equal("c", courante.GetProperty("etapes")[1].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Workflow_DeclencheParTypeEvenement_DemarreSurLeDossierALaDateDeLEvenement()
    {
        var service = await ServiceAsync();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        using var admin = await Factory.AdminClientAsync();
        var typeEvenement = Code("RUPT").ToUpperInvariant();
        var metier = new { type = "metier", metier = "assistant-social" };
        (await admin.PostJsonAsync("/api/workflows", Definition(Code("rupture"), "evenement", typeEvenement, Etape("bilan", "Faire le bilan de rupture", metier, 7))))
            .EnsureSuccessStatusCode();
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant, new DateOnly(2026, 6, 1));
        var evenement = new EvenementDossierEnregistreIntegrationEvent(
            dossier, Guid.NewGuid(), typeEvenement, "Rupture", new DateOnly(2030, 6, 10), null, null, null, null, [], null);

        await DossiersDeTest.PublierAsync(Factory, "dossiers", evenement);

        var instances = await (await assistant.GetAsync($"/api/workflows/instances?dossierId={dossier}")).JsonAsync();
        var rupture = Assert.Single(instances.EnumerateArray(), i => i.GetProperty("etapeCourante").GetString() == "bilan");
        Assert.Equal("2030-06-10", rupture.GetProperty("dateDebut").GetString());
        var bilan = (await (await assistant.GetAsync($"/api/echeances?dossierId={dossier}")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("action").GetString() == "Faire le bilan de rupture");
        Assert.Equal("2030-06-17", bilan.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Definition_MauvaisesDonnees_ProblemesPrecis()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await ServiceAsync());
        using var _a = assistant;
        var r = new { type = "referent" };
        var code = Code("erreurs");

        var cycle = await (await admin.PostJsonAsync("/api/workflows", Definition(code, "manuel", null,
            Etape("a", "A", r, 1, "b"), Etape("b", "B", r, 2, "c"), Etape("c", "C", r, 3, "b")))).AssertFieldErrorsAsync("etapes");
        Assert.Equal("journal.workflow-cycle", cycle.GetProperty("code").GetString());
        await (await admin.PostJsonAsync("/api/workflows", Definition(code, "manuel", null))).AssertFieldErrorsAsync("etapes");
        await (await admin.PostJsonAsync("/api/workflows", Definition(code, "manuel", null, Etape("a", "A", r, 1, "z")))).AssertFieldErrorsAsync("etapes");
        await (await admin.PostJsonAsync("/api/workflows", Definition(code, "manuel", null, Etape("a", "A", r, 1), Etape("a", "A bis", r, 1))))
            .AssertFieldErrorsAsync("etapes");
        await (await admin.PostJsonAsync("/api/workflows", Definition(code, "evenement", null, Etape("a", "A", new { type = "metier", metier = "astronaute" }, -1))))
            .AssertFieldErrorsAsync("typeEvenement", "etapes[0].responsable.metier", "etapes[0].delaiJours");
        (await admin.PostJsonAsync("/api/workflows", Definition(code, "manuel", null, Etape("a", "A", r, 1)))).EnsureSuccessStatusCode();
        await (await admin.PostJsonAsync("/api/workflows", Definition(code, "manuel", null, Etape("a", "A", r, 1))))
            .AssertProblemAsync(HttpStatusCode.Conflict, "journal.workflow-code-deja-utilise");
        var inconnu = Code("inconnu");
        await (await admin.PutAsJsonAsync($"/api/workflows/{inconnu}", Definition(inconnu, "manuel", null, Etape("a", "A", r, 1))))
            .AssertProblemAsync(HttpStatusCode.NotFound, "journal.workflow-introuvable");
        await (await admin.PutAsJsonAsync($"/api/workflows/{code}", Definition(Code("autre"), "manuel", null, Etape("a", "A", r, 1))))
            .AssertFieldErrorsAsync("code");
        await (await assistant.PostJsonAsync("/api/workflows", Definition(Code("interdit"), "manuel", null, Etape("a", "A", r, 1))))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await assistant.PostJsonAsync("/api/workflows/instances", new { code = Code("absent"), dossierId = Guid.NewGuid() }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "journal.dossier-introuvable");
        await (await assistant.GetAsync("/api/workflows/instances")).AssertFieldErrorsAsync("dossierId");
    }

    private static object Definition(string code, string declencheur, string? typeEvenement, params object[] etapes) =>
        new { code, nom = $"Workflow {code}", declencheur, typeEvenement, etapes };

    private static object Etape(string code, string action, object responsable, int delaiJours, string? suivante = null) =>
        new { code, action, responsable, delaiJours, suivante };

    private static string Code(string prefixe) => $"{prefixe}-{Guid.NewGuid():N}"[..(prefixe.Length + 9)];

    private Task<Guid> ServiceAsync() => Factory.CreateServiceAsync($"W{Guid.NewGuid():N}"[..10]);
}

[Trait("Category", "Integration")]
public sealed class WorkflowsApiTestsSqlite(SqliteApiFixture fixture) : WorkflowsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class WorkflowsApiTestsPostgreSql(PostgreSqlApiFixture fixture) : WorkflowsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
