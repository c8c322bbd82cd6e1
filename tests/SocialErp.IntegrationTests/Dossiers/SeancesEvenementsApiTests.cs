using System.Net;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>Sessions (plan, change, cancel, postpone, sign), typed events with their effects, and the indicators.</summary>
public abstract class SeancesEvenementsApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Seances_PlanifierReporterAnnulerEmarger_DatesDuDossierEtRefus()
    {
        using var client = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(client, "Seances");

        var premiere = await PlanifierAsync(client, id, "2026-03-02T08:00:00Z", "2026-03-02T11:30:00Z");
        Assert.Equal(3.5m, premiere.GetProperty("dureeHeures").GetDecimal());
        var deuxieme = await PlanifierAsync(client, id, "2026-03-09T08:00:00Z", "2026-03-09T10:00:00Z");
        var troisieme = await PlanifierAsync(client, id, "2026-03-16T08:00:00Z", "2026-03-16T10:00:00Z");
        var dossier = await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync();
        Assert.Equal("2026-03-02", dossier.GetProperty("dateEntree").GetString());
        Assert.Equal("2026-03-16", dossier.GetProperty("dateFinPrevue").GetString());

        var s1 = premiere.GetProperty("id").GetGuid();
        var s2 = deuxieme.GetProperty("id").GetGuid();
        var s3 = troisieme.GetProperty("id").GetGuid();
        (await client.PostJsonAsync($"/api/dossiers/{id}/seances/{s1}/emargement", new { presence = "present" })).EnsureSuccessStatusCode();
        var reportee = await (await client.PostJsonAsync($"/api/dossiers/{id}/seances/{s2}/report", new
        {
            debut = "2026-03-23T08:00:00Z", fin = "2026-03-23T10:00:00Z", motif = "Maladie",
        })).JsonAsync();
        Assert.Equal(s2, reportee.GetProperty("reportDeId").GetGuid());
        (await client.PostJsonAsync($"/api/dossiers/{id}/seances/{s3}/annulation", new { motif = "Fermeture" })).EnsureSuccessStatusCode();

        await (await client.PostJsonAsync($"/api/dossiers/{id}/seances/{s3}/emargement", new { presence = "present" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.seance-annulee");
        await (await client.PostJsonAsync($"/api/dossiers/{id}/seances/{s3}/annulation", new { motif = "Encore" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.seance-non-planifiee");
        await (await client.PostJsonAsync($"/api/dossiers/{id}/seances/{s1}/annulation", new { }))
            .AssertFieldErrorsAsync("motif");
        await (await client.PostJsonAsync($"/api/dossiers/{id}/seances", new { debut = "2026-04-01T10:00:00Z", fin = "2026-04-01T09:00:00Z" }))
            .AssertFieldErrorsAsync("fin");
        await (await client.PostJsonAsync($"/api/dossiers/{id}/seances/{Guid.NewGuid()}/emargement", new { presence = "present" }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.seance-introuvable");
        await (await client.PostJsonAsync($"/api/dossiers/{id}/seances/{s1}/emargement", new { presence = "peut-etre" }))
            .AssertFieldErrorsAsync("presence");

        var originale = (await ListerAsync(client, id, "etat=reportee")).Single();
        Assert.Equal(reportee.GetProperty("id").GetGuid(), originale.GetProperty("reporteeVersId").GetGuid());
        Assert.Single(await ListerAsync(client, id, "etat=annulee"));
        Assert.Equal(2, (await ListerAsync(client, id, "du=2026-03-09&au=2026-03-16")).Count);
        var apresReport = await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync();
        Assert.Equal("2026-03-23", apresReport.GetProperty("dateFinPrevue").GetString());
    }

    [Fact]
    public async Task Evenements_EffetsAppliquesDansLOrdreEtRetroactifsSansEcraser()
    {
        using var client = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(client, "Evenements");

        var entree = await (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "ENTREE", date = "2026-03-01" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("en-cours", entree.GetProperty("statutApplique").GetString());
        var abandon = await (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new
        {
            type = "ABANDON", date = "2026-06-10", motif = "Déménagement", commentaire = "Ne vient plus",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.True(abandon.GetProperty("facturationBloquee").GetBoolean());
        (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "CHANGEMENT_PHASE", date = "2026-06-10", champs = new { phase = "Bilan final" } }))
            .EnsureSuccessStatusCode();
        var retroactif = await (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "ENTREE", date = "2026-02-15" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, retroactif.GetProperty("statutApplique").ValueKind);

        var dossier = await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync();
        Assert.Equal("abandonne", dossier.GetProperty("statut").GetString());
        Assert.True(dossier.GetProperty("facturationBloquee").GetBoolean());
        Assert.Equal("2026-03-01", dossier.GetProperty("dateEntree").GetString());
        Assert.Equal("2026-06-10", dossier.GetProperty("dateSortieReelle").GetString());
        var chronologie = (await (await client.GetAsync($"/api/dossiers/{id}/evenements")).JsonAsync()).EnumerateArray()
            .Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(["ENTREE", "ENTREE", "ABANDON", "CHANGEMENT_PHASE"], chronologie);
    }

    [Fact]
    public async Task Evenements_Refus_TypeInconnuMotifManquantChampsArchive()
    {
        using var client = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(client, "Refus");

        var inconnu = await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "EVASION" });
        Assert.Equal("dossiers.type-evenement-inconnu", (await inconnu.AssertFieldErrorsAsync("type")).GetProperty("code").GetString());
        var sansMotif = await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "ABANDON" });
        Assert.Equal("dossiers.motif-requis", (await sansMotif.AssertFieldErrorsAsync("motif")).GetProperty("code").GetString());
        await (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "CHANGEMENT_PHASE" })).AssertFieldErrorsAsync("champs.phase");
        await (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "ENTREE", champs = new { couleur = "bleu" } }))
            .AssertFieldErrorsAsync("champs.couleur");
        Assert.Empty((await (await client.GetAsync($"/api/dossiers/{id}/evenements")).JsonAsync()).EnumerateArray());
        Assert.Equal("ouvert", (await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync()).GetProperty("statut").GetString());

        (await client.PostJsonAsync($"/api/dossiers/{id}/cloture", new { })).EnsureSuccessStatusCode();
        await (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "ENTREE" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-clos");
        (await client.PostAsync($"/api/dossiers/{id}/archivage", null)).EnsureSuccessStatusCode();
        await (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "VALIDATION_ETAPE" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
        await (await client.PostJsonAsync($"/api/dossiers/{id}/seances", new { debut = "2026-04-01T08:00:00Z", fin = "2026-04-01T09:00:00Z" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
    }

    [Fact]
    public async Task Evenements_CorrectionEtSuppression_DemandentLeDroit()
    {
        var service = await Factory.CreateServiceAsync(SocialErp.IntegrationTests.Fiches.FichesTestData.Marqueur("E"));
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (directeur, _) = await Factory.UserClientAsync(Metiers.Direction, service);
        using var _a = assistant;
        using var _d = directeur;
        var (id, _) = await DossierSimpleAsync(assistant, "Correction");
        var evenement = await (await assistant.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "VALIDATION_ETAPE", date = "2026-04-01" }))
            .JsonAsync(HttpStatusCode.Created);
        var url = $"/api/dossiers/{id}/evenements/{evenement.GetProperty("id").GetGuid()}";

        await (await assistant.SendJsonAsync(HttpMethod.Put, url, new { date = "2026-04-02" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await assistant.DeleteAsync(url)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var corrige = await (await directeur.SendJsonAsync(HttpMethod.Put, url, new { date = "2026-04-02", commentaire = "Date corrigée", champs = new { etape = "Stage" } }, "\"1\""))
            .JsonAsync();
        Assert.Equal("2026-04-02", corrige.GetProperty("date").GetString());
        await (await directeur.SendJsonAsync(HttpMethod.Put, url, new { date = "2026-04-03" }, "\"1\""))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await directeur.DeleteAsync(url)).StatusCode);
        await (await directeur.DeleteAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.evenement-introuvable");
    }

    [Fact]
    public async Task TypesEvenements_CreerUtiliserEtRefus()
    {
        using var client = await Factory.AdminClientAsync();
        var code = $"SUSPENSION_{Random.Shared.Next(1000, 9999)}";
        var (id, _) = await DossierSimpleAsync(client, "Types");

        var cree = await (await client.PostJsonAsync("/api/parametres/types-evenements", new
        {
            code, libelle = "Suspension", motifRequis = true, facturation = "bloquer",
            champs = new[] { new { code = "jusquau", libelle = "Jusqu'au", requis = false } },
            echeances = new[] { new { delaiJours = 14, action = "Revoir la suspension" } },
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("bloquer", cree.GetProperty("facturation").GetString());
        await (await client.PostJsonAsync("/api/parametres/types-evenements", new { code, libelle = "Double" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.type-evenement-existant");
        await (await client.PostJsonAsync("/api/parametres/types-evenements", new { code = "bas", libelle = "X", nouveauStatut = "clos" }))
            .AssertFieldErrorsAsync("code", "nouveauStatut");
        var types = await (await client.GetAsync("/api/parametres/types-evenements")).JsonAsync();
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("code").GetString() == "ABANDON" && t.GetProperty("motifRequis").GetBoolean());

        (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = code, motif = "Hospitalisation", champs = new { jusquau = "2026-05-01" } }))
            .EnsureSuccessStatusCode();
        Assert.True((await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync()).GetProperty("facturationBloquee").GetBoolean());

        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial);
        using var _a = assistant;
        await (await assistant.PostJsonAsync("/api/parametres/types-evenements", new { code = "INTERDIT", libelle = "Non" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Indicateurs_DureeHeuresPresenceEtPhases()
    {
        using var client = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(client, "Indicateurs");
        (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "ENTREE", date = "2026-03-01" })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "CHANGEMENT_PHASE", date = "2026-03-01", champs = new { phase = "Bilan initial" } })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "CHANGEMENT_PHASE", date = "2026-04-01", champs = new { phase = "Accompagnement" } })).EnsureSuccessStatusCode();
        foreach (var (jour, presence) in new[] { ("2026-03-02", "present"), ("2026-03-09", "absent"), ("2026-04-06", "present"), ("2026-04-13", "absent-excuse") })
        {
            var seance = await PlanifierAsync(client, id, $"{jour}T08:00:00Z", $"{jour}T11:00:00Z");
            (await client.PostJsonAsync($"/api/dossiers/{id}/seances/{seance.GetProperty("id").GetGuid()}/emargement", new { presence })).EnsureSuccessStatusCode();
        }

        await PlanifierAsync(client, id, "2026-05-04T08:00:00Z", "2026-05-04T10:00:00Z");
        (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "SORTIE_POSITIVE", date = "2026-04-30" })).EnsureSuccessStatusCode();

        var indicateurs = await (await client.GetAsync($"/api/dossiers/{id}/indicateurs")).JsonAsync();

        Assert.Equal(60, indicateurs.GetProperty("dureeParcoursJours").GetInt32());
        Assert.Equal(6m, indicateurs.GetProperty("heuresRealisees").GetDecimal());
        Assert.Equal(2m, indicateurs.GetProperty("heuresPlanifiees").GetDecimal());
        Assert.Equal(50m, indicateurs.GetProperty("tauxPresence").GetDecimal());
        Assert.Equal(JsonValueKind.Null, indicateurs.GetProperty("tauxReussite").ValueKind);
        var phases = indicateurs.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(["Bilan initial", "Accompagnement"], phases.Select(p => p.GetProperty("phase").GetString()));
        Assert.Equal("2026-03-31", phases[0].GetProperty("au").GetString());
        Assert.Equal(3m, phases[0].GetProperty("heuresRealisees").GetDecimal());
        Assert.Equal(2, phases[1].GetProperty("seancesEmargees").GetInt32());
    }

    private static async Task<JsonElement> PlanifierAsync(HttpClient client, Guid dossier, string debut, string fin) =>
        await (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances", new { debut, fin, intitule = "Atelier" })).JsonAsync(HttpStatusCode.Created);

    private static async Task<List<JsonElement>> ListerAsync(HttpClient client, Guid dossier, string filtre) =>
        (await (await client.GetAsync($"/api/dossiers/{dossier}/seances?{filtre}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
}

[Trait("Category", "Integration")]
public sealed class SeancesEvenementsApiTestsSqlite(SqliteApiFixture fixture) : SeancesEvenementsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class SeancesEvenementsApiTestsPostgreSql(PostgreSqlApiFixture fixture) : SeancesEvenementsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
