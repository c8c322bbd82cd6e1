using System.Net;
using System.Text.Json;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.IntegrationTests.Messaging;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// The funding-convention catalogue (« Admin &gt; Conventions »): written by direction, read by everyone; a dossier's
/// funding names a convention and takes what it omits from it, within the convention's validity and prestations;
/// consumption per convention over the dossiers the user sees; fiche merges re-point the convention's funder.
/// </summary>
public abstract class ConventionsFinancementApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Conventions_MemeReferenceEnParallele_UneCreeeLesAutres409JamaisDe500()
    {
        using var admin = await Factory.AdminClientAsync();
        var canton = await FicheAsync(admin, "Canton", "financeur");
        var reference = Reference();

        var reponses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => admin.PostJsonAsync("/api/parametres/conventions", Convention(reference, canton))));

        Assert.Equal(1, reponses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(reponses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Conventions_Catalogue_CreeLueModifieeEtRefusPrecis()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("CV")));
        using var _a = assistant;
        var canton = await FicheAsync(admin, "Canton", "financeur");
        var usager = await FicheAsync(admin, "Usager");
        var reference = Reference();

        await (await assistant.PostJsonAsync("/api/parametres/conventions", Convention(reference, canton))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostJsonAsync("/api/parametres/conventions", new
        {
            libelle = "", financeurId = canton, typeFinanceur = "autre", du = "2026-12-31", au = "2026-01-01", modeMontant = "taux-horaire", montant = 10m,
        })).AssertFieldErrorsAsync("reference", "libelle", "typeFinanceur", "au", "heuresFinancees");
        await (await admin.PostJsonAsync("/api/parametres/conventions", Convention(reference, usager)))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "dossiers.categorie-fiche-invalide");
        await (await admin.PostJsonAsync("/api/parametres/conventions", Convention(reference, canton, prestations: ["INCONNUE"])))
            .AssertFieldErrorsAsync("prestations");

        var creee = await admin.PostJsonAsync("/api/parametres/conventions", Convention(reference, canton));
        var convention = await creee.JsonAsync(HttpStatusCode.Created);
        var id = convention.GetProperty("id").GetGuid();
        Assert.Equal("\"1\"", creee.Headers.ETag?.Tag);
        Assert.Equal(canton, convention.GetProperty("financeurId").GetGuid());
        await (await admin.PostJsonAsync("/api/parametres/conventions", Convention(reference, canton)))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.convention-existante");

        var lue = await assistant.GetAsync($"/api/parametres/conventions/{id}");
        Assert.Equal(reference, (await lue.JsonAsync()).GetProperty("reference").GetString());
        Assert.Equal("\"1\"", lue.Headers.ETag?.Tag);
        await (await admin.GetAsync($"/api/parametres/conventions/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.convention-introuvable");

        await (await assistant.SendJsonAsync(HttpMethod.Put, $"/api/parametres/conventions/{id}", Convention(reference, canton, actif: false), ifMatch: "\"1\""))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/parametres/conventions/{id}", Convention(reference, canton, actif: false), ifMatch: "\"7\""))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var autre = Reference();
        (await admin.PostJsonAsync("/api/parametres/conventions", Convention(autre, canton))).EnsureSuccessStatusCode();
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/parametres/conventions/{id}", Convention(autre, canton), ifMatch: "\"1\""))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.convention-existante");
        var desactivee = await admin.SendJsonAsync(HttpMethod.Put, $"/api/parametres/conventions/{id}", Convention(reference, canton, actif: false), ifMatch: "\"1\"");
        Assert.False((await desactivee.JsonAsync()).GetProperty("actif").GetBoolean());
        Assert.Equal("\"2\"", desactivee.Headers.ETag?.Tag);

        Assert.Equal([autre], await ReferencesAsync(assistant, $"actives=true&financeurId={canton}"));
        Assert.Equal([reference], await ReferencesAsync(assistant, $"actives=false&q={reference.ToLowerInvariant()}"));
        Assert.Equal(new[] { autre, reference }.Order(StringComparer.Ordinal), (await ReferencesAsync(assistant, $"financeurId={canton}&dateValidite=2026-06-30")).Order(StringComparer.Ordinal));
        Assert.Empty(await ReferencesAsync(assistant, $"financeurId={canton}&dateValidite=2027-01-01"));
        await (await assistant.GetAsync("/api/parametres/conventions?pageSize=0")).AssertFieldErrorsAsync("pageSize");
    }

    [Fact]
    public async Task Financement_AvecConvention_ValeursParDefautEtRefus()
    {
        using var admin = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(admin, "FinConvention");
        var canton = await FicheAsync(admin, "Canton", "financeur");
        var convention = await ConventionAsync(admin, Convention(Reference(), canton, prestations: ["WSH"]));
        var albv = await ConventionAsync(admin, Convention(Reference(), canton, prestations: ["ALBV"]));
        var inactive = await ConventionAsync(admin, Convention(Reference(), canton, actif: false));
        var url = $"/api/dossiers/{id}/financement";

        var defini = await (await admin.SendJsonAsync(HttpMethod.Put, url, new { convention = new { conventionId = convention.Id } })).JsonAsync();
        var copie = defini.GetProperty("convention");
        Assert.Equal((convention.Reference, "2026-01-01", "2026-12-31", 100m), (
            copie.GetProperty("reference").GetString(), copie.GetProperty("du").GetString(), copie.GetProperty("au").GetString(),
            copie.GetProperty("heuresFinancees").GetDecimal()));
        Assert.Equal((canton, "public", "taux-horaire", 80m, 8000m), (
            defini.GetProperty("financeurPrincipalId").GetGuid(), defini.GetProperty("typeFinanceur").GetString(),
            defini.GetProperty("modeMontant").GetString(), defini.GetProperty("montant").GetDecimal(), defini.GetProperty("montantTotal").GetDecimal()));
        var lu = (await (await admin.GetAsync(url)).JsonAsync()).GetProperty("convention");
        Assert.Equal((convention.Id, "Convention de test"), (lu.GetProperty("conventionId").GetGuid(), lu.GetProperty("libelle").GetString()));
        var publie = await Redelivraison.DernierPublieAsync<FinancementDossierModifieIntegrationEvent>(Factory, "dossiers", $"dossier:{id}");
        Assert.Equal((convention.Id, convention.Reference, 1L), (publie.ConventionId, publie.ConventionReference, publie.Version));

        var partiel = await (await admin.SendJsonAsync(HttpMethod.Put, url, new
        {
            convention = new { conventionId = convention.Id, du = "2026-03-01", heuresFinancees = 50m }, montant = 90m,
        }, ifMatch: "\"1\"")).JsonAsync();
        Assert.Equal((4500m, "2026-03-01", "2026-12-31"), (partiel.GetProperty("montantTotal").GetDecimal(),
            partiel.GetProperty("convention").GetProperty("du").GetString(), partiel.GetProperty("convention").GetProperty("au").GetString()));

        await (await admin.SendJsonAsync(HttpMethod.Put, url, new { convention = new { conventionId = convention.Id, du = "2025-12-01" } }))
            .AssertFieldErrorsAsync("convention.du");
        await (await admin.SendJsonAsync(HttpMethod.Put, url, new { convention = new { conventionId = convention.Id, au = "2027-01-31" } }))
            .AssertFieldErrorsAsync("convention.au");
        await (await admin.SendJsonAsync(HttpMethod.Put, url, new { convention = new { conventionId = convention.Id, reference = "AUTRE" } }))
            .AssertFieldErrorsAsync("convention.reference");
        foreach (var refusee in new[] { albv.Id, inactive.Id, Guid.NewGuid() })
        {
            await (await admin.SendJsonAsync(HttpMethod.Put, url, new { convention = new { conventionId = refusee } }))
                .AssertFieldErrorsAsync("convention.conventionId");
        }

        Assert.Equal(2, (await (await admin.GetAsync(url)).JsonAsync()).GetProperty("version").GetInt64());
        var libre = await (await admin.SendJsonAsync(HttpMethod.Put, url, new
        {
            convention = new { reference = "LIBRE-2026" }, financeurPrincipalId = canton, typeFinanceur = "public", modeMontant = "total", montant = 1000m,
        })).JsonAsync();
        Assert.Equal(("LIBRE-2026", JsonValueKind.Null), (libre.GetProperty("convention").GetProperty("reference").GetString(),
            libre.GetProperty("convention").GetProperty("conventionId").ValueKind));
        publie = await Redelivraison.DernierPublieAsync<FinancementDossierModifieIntegrationEvent>(Factory, "dossiers", $"dossier:{id}");
        Assert.Null(publie.ConventionId);
    }

    [Fact]
    public async Task Suivi_HeuresRealiseesParDossierVisible_EtTotaux()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistantA, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("SA")));
        var (assistantB, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("SB")));
        using var _a = assistantA;
        using var _b = assistantB;
        var convention = await ConventionAsync(admin, Convention(Reference(), await FicheAsync(admin, "Canton", "financeur")));
        var (dossierA, _) = await DossierSimpleAsync(assistantA, "SuiviA");
        var (dossierB, _) = await DossierSimpleAsync(assistantB, "SuiviB");
        (await assistantA.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossierA}/financement", new
        {
            convention = new { conventionId = convention.Id, du = "2026-03-01", au = "2026-06-30" },
        })).EnsureSuccessStatusCode();
        (await assistantB.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossierB}/financement", new
        {
            convention = new { conventionId = convention.Id, heuresFinancees = 40m },
        })).EnsureSuccessStatusCode();
        await SeanceEmargeeAsync(assistantA, dossierA, "2026-04-07T08:00:00Z", "2026-04-07T10:00:00Z", "present");
        await SeanceEmargeeAsync(assistantA, dossierA, "2026-04-08T08:00:00Z", "2026-04-08T09:30:00Z", "absent");
        await SeanceEmargeeAsync(assistantA, dossierA, "2026-08-03T08:00:00Z", "2026-08-03T11:00:00Z", "present");
        await SeanceEmargeeAsync(assistantB, dossierB, "2026-05-04T08:00:00Z", "2026-05-04T09:00:00Z", "present");

        var vuParA = await (await assistantA.GetAsync($"/api/parametres/conventions/{convention.Id}/suivi")).JsonAsync();
        var ligne = Assert.Single(vuParA.GetProperty("dossiers").EnumerateArray());
        Assert.Equal((dossierA, 100m, 2m, 98m), (ligne.GetProperty("dossierId").GetGuid(), ligne.GetProperty("heuresFinancees").GetDecimal(),
            ligne.GetProperty("heuresRealisees").GetDecimal(), ligne.GetProperty("heuresRestantes").GetDecimal()));
        Assert.Equal((1, 2m), (vuParA.GetProperty("totaux").GetProperty("dossiers").GetInt32(), vuParA.GetProperty("totaux").GetProperty("heuresRealisees").GetDecimal()));

        var totaux = (await (await admin.GetAsync($"/api/parametres/conventions/{convention.Id}/suivi")).JsonAsync()).GetProperty("totaux");
        Assert.Equal((2, 140m, 3m, 137m), (totaux.GetProperty("dossiers").GetInt32(), totaux.GetProperty("heuresFinancees").GetDecimal(),
            totaux.GetProperty("heuresRealisees").GetDecimal(), totaux.GetProperty("heuresRestantes").GetDecimal()));
        await (await admin.GetAsync($"/api/parametres/conventions/{Guid.NewGuid()}/suivi")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.convention-introuvable");
        using var anonyme = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync($"/api/parametres/conventions/{convention.Id}/suivi")).StatusCode);
    }

    [Fact]
    public async Task Fusion_FinanceurDeLaConvention_RepointeEtRenduALaDefusion()
    {
        using var admin = await Factory.AdminClientAsync();
        var absorbee = await FicheAsync(admin, "Financeur", "financeur");
        var conservee = await FicheAsync(admin, "Financeur", "financeur");
        var convention = await ConventionAsync(admin, Convention(Reference(), absorbee));
        await Factory.DrainMessagesAsync();

        var fusion = await FusionsDeTest.FusionnerAsync(admin, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        var apres = await (await admin.GetAsync($"/api/parametres/conventions/{convention.Id}")).JsonAsync();
        Assert.Equal((conservee, 2L), (apres.GetProperty("financeurId").GetGuid(), apres.GetProperty("version").GetInt64()));

        await FusionsDeTest.AnnulerAsync(admin, fusion);
        await Factory.DrainMessagesAsync();
        var rendue = await (await admin.GetAsync($"/api/parametres/conventions/{convention.Id}")).JsonAsync();
        Assert.Equal((absorbee, 3L), (rendue.GetProperty("financeurId").GetGuid(), rendue.GetProperty("version").GetInt64()));
    }

    private static string Reference() => FichesTestData.Marqueur("CONV").ToUpperInvariant();

    private static object Convention(string reference, Guid financeur, string[]? prestations = null, bool actif = true) => new
    {
        reference, libelle = "Convention de test", financeurId = financeur, typeFinanceur = "public", du = "2026-01-01", au = "2026-12-31",
        heuresFinancees = 100m, modeMontant = "taux-horaire", montant = 80m, prestations, actif,
    };

    private static async Task<(Guid Id, string Reference)> ConventionAsync(HttpClient client, object convention)
    {
        var creee = await (await client.PostJsonAsync("/api/parametres/conventions", convention)).JsonAsync(HttpStatusCode.Created);
        return (creee.GetProperty("id").GetGuid(), creee.GetProperty("reference").GetString()!);
    }

    private static async Task<List<string>> ReferencesAsync(HttpClient client, string filtres) =>
        (await (await client.GetAsync($"/api/parametres/conventions?{filtres}")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(c => c.GetProperty("reference").GetString()!).ToList();

    private static async Task SeanceEmargeeAsync(HttpClient client, Guid dossier, string debut, string fin, string presence)
    {
        var seance = await (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances", new { debut, fin })).JsonAsync(HttpStatusCode.Created);
        (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances/{seance.GetProperty("id").GetGuid()}/emargement", new { presence }))
            .EnsureSuccessStatusCode();
    }
}

[Trait("Category", "Integration")]
public sealed class ConventionsFinancementApiTestsSqlite(SqliteApiFixture fixture) : ConventionsFinancementApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ConventionsFinancementApiTestsPostgreSql(PostgreSqlApiFixture fixture)
    : ConventionsFinancementApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
