using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using SocialErp.TestKit.Approval;

namespace SocialErp.IntegrationTests.Statistiques;

/// <summary>Templates as data, executions as background jobs, plausibility, files, re-runs, schedules and the integrator role.</summary>
public abstract class ModelesApiTests(ApiFixture fixture)
{
    private static readonly string[] ModelesLivres =
        ["canton-perequation", "commune-decompte", "odas-depenses-annuel", "ofas-aides-individuelles", "ofas-unites-prestation", "ofs-finances-annuel", "ofs-shs-mensuel"];

    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task ListerModeles_ModelesLivres_TousEnVersion1AvecLeurDestinataire()
    {
        using var client = await Factory.AdminClientAsync();

        var modeles = await (await client.GetAsync("/api/statistiques/modeles")).JsonAsync();
        var ofs = await (await client.GetAsync("/api/statistiques/modeles/ofs-shs-mensuel")).JsonAsync();

        Assert.Equal(ModelesLivres, modeles.EnumerateArray().Select(m => m.GetProperty("code").GetString()).Where(ModelesLivres.Contains).ToArray());
        Assert.Equal("OFS", ofs.GetProperty("destinataire").GetString());
        Assert.Equal("mois", ofs.GetProperty("typePeriode").GetString());
        var variables = ofs.GetProperty("definition").GetProperty("variables").EnumerateArray().Select(v => v.GetProperty("code").GetString()).ToList();
        Assert.Contains("15_051", variables);
        Assert.Equal(1, ofs.GetProperty("versions")[0].GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task ObtenirModele_Inconnu_Returns404()
    {
        using var client = await Factory.AdminClientAsync();
        await (await client.GetAsync("/api/statistiques/modeles/inconnu")).AssertProblemAsync(HttpStatusCode.NotFound, "statistiques.modele-introuvable");
    }

    [Theory]
    [InlineData("variables[0].source", """{"source":"dossier.inexistant"}""", null)]
    [InlineData("variables[0].filtre.couleur", """{"filtre":{"couleur":["bleu"]}}""", null)]
    [InlineData("regles[0].variable", null, """[{"code":"r","niveau":"erreur","type":"requis","variable":"fantome"}]""")]
    [InlineData("regles[0].autre", null, """[{"code":"r","niveau":"erreur","type":"egal","variable":"numero","autre":"fantome"}]""")]
    public async Task EnregistrerModele_SourceOuVariableInconnue_Returns400AuMomentDeLEnregistrement(string champ, string? variable, string? regles)
    {
        using var client = await Factory.AdminClientAsync();
        var definition = JsonNode(Revision("essai-invalide"));
        if (variable is not null)
        {
            foreach (var (cle, valeur) in System.Text.Json.Nodes.JsonNode.Parse(variable)!.AsObject().ToList())
            {
                definition["variables"]![0]![cle] = valeur?.DeepClone();
            }
        }

        if (regles is not null)
        {
            definition["regles"] = System.Text.Json.Nodes.JsonNode.Parse(regles);
        }

        var reponse = await client.PostAsync("/api/statistiques/modeles", new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"));

        await reponse.AssertFieldErrorsAsync(champ);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/statistiques/modeles/essai-invalide")).StatusCode);
    }

    [Fact]
    public async Task EnregistrerModele_Revision_NouvelleVersionEtLesExecutionsPasseesGardentLaLeur()
    {
        using var client = await Factory.AdminClientAsync();
        var code = $"essai-{Guid.NewGuid():N}"[..20];
        (await client.PostAsync("/api/statistiques/modeles", Json(Revision(code)))).EnsureSuccessStatusCode();
        var premiere = await TerminerAsync(client, await LancerAsync(client, code, "2019-10"));

        var revision = await client.PostAsync("/api/statistiques/modeles", Json(Revision(code, "Révisé")));
        var seconde = await TerminerAsync(client, await LancerAsync(client, code, "2019-10"));

        var modele = await revision.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, modele.GetProperty("version").GetInt32());
        Assert.Equal(1, (await Execution(client, premiere)).GetProperty("modeleVersion").GetInt32());
        Assert.Equal(2, (await Execution(client, seconde)).GetProperty("modeleVersion").GetInt32());
        var v1 = await (await client.GetAsync($"/api/statistiques/modeles/{code}?version=1")).JsonAsync();
        Assert.Equal("Essai", v1.GetProperty("libelle").GetString());
    }

    [Fact]
    public async Task Executer_OfsMensuel_ReglesDePlausibiliteAttrapentLesErreursSemees()
    {
        using var client = await ClientAvecDonneesAsync();

        var execution = await Execution(client, await TerminerAsync(client, await LancerAsync(client, "ofs-shs-mensuel", "2019-10")));

        Assert.Equal("non-validee", execution.GetProperty("statut").GetString());
        Assert.Equal(100, execution.GetProperty("progression").GetInt32());
        Assert.Equal(4, execution.GetProperty("nombreEnregistrements").GetInt32());
        Assert.Equal(1, execution.GetProperty("modeleVersion").GetInt32());
        var constats = execution.GetProperty("rapport").EnumerateArray()
            .Select(c => $"{c.GetProperty("niveau").GetString()}:{c.GetProperty("regle").GetString()}:{c.GetProperty("cle").GetString()}").Order().ToList();
        Assert.Equal(
            ["avertissement:fermeture-six-mois:D-2019-001", "erreur:15_051-egal-paiements:D-2019-002", "erreur:commune-requise:D-2019-004", "erreur:un-requerant:D-2019-003"],
            constats);
        Assert.Equal(64, execution.GetProperty("checksum").GetString()!.Length);
    }

    [Fact]
    public async Task Executer_ModelesLivres_SortiesApprouveesSurLesDonneesDeDemonstration()
    {
        using var client = await ClientAvecDonneesAsync();
        var sorties = new Dictionary<string, object?>();
        foreach (var (code, periode) in new[]
        {
            ("ofs-shs-mensuel", "2019-10"), ("ofs-finances-annuel", "2019"), ("ofas-aides-individuelles", "2019"), ("ofas-unites-prestation", "2019"),
            ("odas-depenses-annuel", "2019"), ("canton-perequation", "2019-T4"), ("commune-decompte", "2019"),
        })
        {
            var id = await TerminerAsync(client, await LancerAsync(client, code, periode));
            var execution = await Execution(client, id);
            var fichier = await client.GetAsync($"/api/statistiques/executions/{id}/fichier");
            var texte = execution.GetProperty("format").GetString() is "csv" or "xml"
                ? Encoding.GetEncoding(fichier.Content.Headers.ContentType?.CharSet is "iso-8859-1" ? "iso-8859-1" : "utf-8").GetString(await fichier.Content.ReadAsByteArrayAsync())
                : $"xlsx, {(await fichier.Content.ReadAsByteArrayAsync()).Length > 0}";
            sorties[$"{code} {periode}"] = new
            {
                statut = execution.GetProperty("statut").GetString(),
                enregistrements = execution.GetProperty("nombreEnregistrements").GetInt32(),
                erreurs = execution.GetProperty("nombreErreurs").GetInt32(),
                avertissements = execution.GetProperty("nombreAvertissements").GetInt32(),
                typeContenu = fichier.Content.Headers.ContentType?.ToString(),
                fichier = texte.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'),
            };
        }

        Approvals.VerifyJson(JsonSerializer.Serialize(sorties), "modeles-livres-2019");
    }

    [Fact]
    public async Task Telecharger_EtagEtTypeDeContenu_304SiInchange()
    {
        using var client = await ClientAvecDonneesAsync();
        var id = await TerminerAsync(client, await LancerAsync(client, "canton-perequation", "2019-T4"));

        var fichier = await client.GetAsync($"/api/statistiques/executions/{id}/fichier");
        var etag = fichier.Headers.ETag!;
        var requete = new HttpRequestMessage(HttpMethod.Get, $"/api/statistiques/executions/{id}/fichier");
        requete.Headers.IfNoneMatch.Add(etag);
        var inchange = await client.SendAsync(requete);

        Assert.Equal(HttpStatusCode.OK, fichier.StatusCode);
        Assert.Equal("text/csv", fichier.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"\"{(await Execution(client, id)).GetProperty("checksum").GetString()}\"", etag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, inchange.StatusCode);
        Assert.Contains("canton-perequation_2019-T4_v1.csv", fichier.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reexecuter_MemePeriodeApresUnAjout_LesDeuxGardeesEtDifferencesDonnees()
    {
        using var client = await ClientAvecDonneesAsync();
        var premiere = await TerminerAsync(client, await LancerAsync(client, "ofs-shs-mensuel", "2018-06"));
        var dossier = Guid.NewGuid();
        await EvenementsContrat.PublierAsync(Factory, "dossiers", new SocialErp.Modules.Dossiers.Contracts.IntegrationEvents.DossierOuvertIntegrationEvent(
            dossier, "D-2018-900", "Ajout", "WSH", 5586, null, new DateOnly(2018, 6, 1), []),
            new SocialErp.Modules.Dossiers.Contracts.IntegrationEvents.DossierStatutModifieIntegrationEvent(dossier, "ouvert", "clos", new DateOnly(2018, 6, 30), null));

        var seconde = await Execution(client, await TerminerAsync(client, await LancerAsync(client, "ofs-shs-mensuel", "2018-06")));

        var differences = seconde.GetProperty("differences");
        Assert.Equal(premiere, differences.GetProperty("executionPrecedenteId").GetGuid());
        Assert.Equal(1, differences.GetProperty("ajoutes").GetInt32());
        Assert.Equal("D-2018-900", differences.GetProperty("exemplesAjoutes")[0].GetString());
        var executions = await (await client.GetAsync("/api/statistiques/modeles/ofs-shs-mensuel/executions?periode=2018-06")).JsonAsync();
        Assert.Equal(2, executions.GetArrayLength());
    }

    [Theory]
    [InlineData("2019-13")]
    [InlineData("2019")]
    [InlineData("2999-01")]
    [InlineData(null)]
    public async Task Lancer_PeriodeInvalideOuFuture_Returns400(string? periode)
    {
        using var client = await Factory.AdminClientAsync();
        var reponse = await client.PostAsJsonAsync("/api/statistiques/modeles/ofs-shs-mensuel/executions", new { periode });
        await reponse.AssertFieldErrorsAsync("periode");
    }

    [Fact]
    public async Task Lancer_ModeleInconnu_Returns404()
    {
        using var client = await Factory.AdminClientAsync();
        var reponse = await client.PostAsJsonAsync("/api/statistiques/modeles/inconnu/executions", new { periode = "2019-10" });
        await reponse.AssertProblemAsync(HttpStatusCode.NotFound, "statistiques.modele-introuvable");
    }

    [Fact]
    public async Task Integrateur_ProduitSuitEtTelecharge_MaisRienDAutre()
    {
        var (client, _) = await Factory.UserClientAsync(Metiers.Integrateur);
        using (client)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/statistiques/modeles")).StatusCode);
            var id = await TerminerAsync(client, await LancerAsync(client, "ofs-finances-annuel", "2019"));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/statistiques/executions/{id}/fichier")).StatusCode);

            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/fiches")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/statistiques/modeles", Json(Revision("essai-integrateur")))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/statistiques/reconstruction", null)).StatusCode);
        }
    }

    [Fact]
    public async Task Gestionnaire_SansDroitAuxStatistiquesOfficielles_Returns403()
    {
        var (client, _) = await Factory.UserClientAsync(Metiers.AssistantSocial);
        using (client)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/statistiques/modeles")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/statistiques/modeles/ofs-shs-mensuel/executions", new { periode = "2019-10" })).StatusCode);
        }
    }

    [Fact]
    public async Task Planification_JobLanceDeuxFois_UneProductionPlanifieeParPeriode()
    {
        using var client = await Factory.AdminClientAsync();
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var precedent = DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var attendues = DateTime.UtcNow.Day >= 5 ? 1 : 0;

        await scheduler.TriggerJob(SocialErp.Modules.Statistiques.StatistiquesModule.CleProductionsPlanifiees);
        await Eventually.AssertAsync(async () => await PlanifieesAsync(client, precedent) == attendues, "production planifiée lancée");
        await scheduler.TriggerJob(SocialErp.Modules.Statistiques.StatistiquesModule.CleProductionsPlanifiees);
        await Task.Delay(500);

        Assert.Equal(attendues, await PlanifieesAsync(client, precedent));
    }

    private static async Task<int> PlanifieesAsync(HttpClient client, string periode)
    {
        var executions = await (await client.GetAsync($"/api/statistiques/modeles/ofs-shs-mensuel/executions?periode={periode}")).JsonAsync();
        return executions.EnumerateArray().Count(e => e.GetProperty("planifiee").GetBoolean());
    }

    private Task<HttpClient> ClientAvecDonneesAsync() => DonneesDemoStatistiques.AdminAvecDonneesAsync(fixture);

    private static async Task<Guid> LancerAsync(HttpClient client, string code, string periode)
    {
        var reponse = await client.PostAsJsonAsync($"/api/statistiques/modeles/{code}/executions", new { periode });
        var execution = await reponse.JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal($"/api/statistiques/executions/{execution.GetProperty("id").GetGuid()}", reponse.Headers.Location?.OriginalString);
        return execution.GetProperty("id").GetGuid();
    }

    private static async Task<Guid> TerminerAsync(HttpClient client, Guid id)
    {
        await Eventually.AssertAsync(
            async () => (await Execution(client, id)).GetProperty("statut").GetString() is "validee" or "non-validee" or "terminee" or "echec",
            $"exécution {id} terminée", TimeSpan.FromSeconds(60));
        var execution = await Execution(client, id);
        Assert.True(execution.GetProperty("statut").GetString() != "echec", execution.ToString());
        return id;
    }

    private static async Task<JsonElement> Execution(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/statistiques/executions/{id}")).JsonAsync();

    private static object Revision(string code, string libelle = "Essai") => new
    {
        code,
        libelle,
        destinataire = "canton",
        typePeriode = "mois",
        population = "dossiers",
        variables = new object[]
        {
            new { code = "numero", libelle = "Numéro", type = "texte", source = "dossier.numero" },
            new { code = "net", libelle = "Net", type = "montant", source = "ecritures.net", filtre = new Dictionary<string, string[]> { ["genreCompte"] = ["charge"] } },
        },
        format = new { type = "csv", separateur = ";", encodage = "utf-8" },
        regles = Array.Empty<object>(),
    };

    private static System.Text.Json.Nodes.JsonObject JsonNode(object valeur) =>
        System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(valeur))!.AsObject();

    private static StringContent Json(object valeur) => new(JsonSerializer.Serialize(valeur), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}

[Trait("Category", "Integration")]
public sealed class ModelesApiTestsSqlite(SqliteApiFixture fixture) : ModelesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ModelesApiTestsPostgreSql(PostgreSqlApiFixture fixture) : ModelesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
