using System.Net;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>Dossier core through real HTTP: opening with numbering, reading, search, changes, members and their refusals.</summary>
public abstract class DossiersApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task OuvrirDossier_Valide_Returns201NumeroUaEtReferent()
    {
        using var client = await Factory.AdminClientAsync();
        var requerant = await FicheAsync(client, "Armengaud");
        var conjointe = await FicheAsync(client, "Armengaud", "usager");

        var response = await client.PostJsonAsync("/api/dossiers", new
        {
            nom = "ARMENGAUD François", prestation = "WSH", communeDomicile = 6153, dateOuverture = "2026-02-01",
            description = "Muraz (Collombey)",
            fiches = new[] { new { ficheId = requerant, role = "requerant" }, new { ficheId = conjointe, role = "conjoint" } },
        });

        var dossier = await response.JsonAsync(HttpStatusCode.Created);
        var id = dossier.GetProperty("id").GetGuid();
        Assert.Equal($"/api/dossiers/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Matches(@"^\d{4}-\d{5}$", dossier.GetProperty("numero").GetString());
        Assert.Equal("ouvert", dossier.GetProperty("statut").GetString());
        Assert.Equal(2, dossier.GetProperty("membres").GetArrayLength());
        Assert.Single(dossier.GetProperty("referents").EnumerateArray());
        var ua = await (await client.GetAsync($"/api/dossiers/{id}/unite-allocation?date=2026-02-01")).JsonAsync();
        Assert.Equal(2, ua.GetProperty("periodes").GetArrayLength());
        var avant = await (await client.GetAsync($"/api/dossiers/{id}/unite-allocation?date=2026-01-31")).JsonAsync();
        Assert.Equal(0, avant.GetProperty("periodes").GetArrayLength());
        var lu = await client.GetAsync($"/api/dossiers/{id}");
        Assert.Equal("Muraz (Collombey)", (await lu.JsonAsync()).GetProperty("description").GetString());
    }

    [Fact]
    public async Task OuvrirDossier_NumerosSuccessifs_Differents()
    {
        using var client = await Factory.AdminClientAsync();
        var un = await DossierSimpleAsync(client, "Numero");
        var deux = await DossierSimpleAsync(client, "Numero");

        var numeros = new[] { un.DossierId, deux.DossierId }
            .Select(async id => (await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync()).GetProperty("numero").GetString())
            .Select(t => t.Result)
            .ToList();

        Assert.NotEqual(numeros[0], numeros[1]);
    }

    [Fact]
    public async Task OuvrirDossier_SansFiche_Returns400()
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.PostJsonAsync("/api/dossiers", new { nom = "Vide", prestation = "WSH", fiches = Array.Empty<object>() });

        await response.AssertFieldErrorsAsync("fiches");
    }

    [Fact]
    public async Task OuvrirDossier_DeuxRequerants_Returns400()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await FicheAsync(client, "Deux");
        var b = await FicheAsync(client, "Deux");

        var response = await client.PostJsonAsync("/api/dossiers", new
        {
            nom = "Deux", prestation = "WSH",
            fiches = new[] { new { ficheId = a, role = "requerant" }, new { ficheId = b, role = "requerant" } },
        });

        await response.AssertFieldErrorsAsync("fiches");
    }

    [Theory]
    [InlineData("{\"nom\":\"\",\"prestation\":\"WSH\",\"fiches\":[]}", "nom")]
    [InlineData("{\"nom\":\"X\",\"prestation\":\"WSH\",\"communeDomicile\":0,\"fiches\":[]}", "communeDomicile")]
    [InlineData("{\"nom\":\"X\",\"prestation\":\"WSH\",\"fiches\":[{\"ficheId\":\"00000000-0000-0000-0000-000000000001\",\"role\":\"cousin\"}]}", "fiches[0].role")]
    [InlineData("{\"nom\":\"X\",\"prestation\":\"WSH\",\"dateOuverture\":\"01.02.2026\",\"fiches\":[]}", "dateOuverture")]
    public async Task OuvrirDossier_BadInput_Returns400NeverServerError(string json, string field)
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.PostAsync("/api/dossiers", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertFieldErrorsAsync(field);
    }

    [Fact]
    public async Task OuvrirDossier_FicheInconnue_Returns404()
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.PostJsonAsync("/api/dossiers", new
        {
            nom = "Inconnue", prestation = "WSH", fiches = new[] { new { ficheId = Guid.NewGuid(), role = "requerant" } },
        });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.fiche-introuvable");
    }

    [Fact]
    public async Task ArchiverFiche_MembreDUnDossierOuvert_Returns409NamingIt_AndArchivesOnceTheFollowUpEnded()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await FicheAsync(client, "Suivie");
        var dossier = await DossierAsync(client, "Suivie", (fiche, "requerant"));
        var id = dossier.GetProperty("id").GetGuid();

        var refus = await (await client.PostAsync($"/api/fiches/{fiche}/archivage", null)).AssertProblemAsync(HttpStatusCode.Conflict, "fiches.fiche-encore-suivie");
        Assert.Contains($"dossier {dossier.GetProperty("numero").GetString()} (ouvert)", refus.GetProperty("title").GetString());
        Assert.False((await (await client.GetAsync($"/api/fiches/{fiche}")).JsonAsync()).GetProperty("archivee").GetBoolean());
        (await client.PostJsonAsync($"/api/dossiers/{id}/evenements", new { type = "ABANDON", date = "2026-04-15", motif = "Déménagement" })).EnsureSuccessStatusCode();

        (await client.PostAsync($"/api/fiches/{fiche}/archivage", null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task OuvrirDossier_FicheArchivee_Returns400()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await FicheAsync(client, "Archivee");
        (await client.PostAsync($"/api/fiches/{fiche}/archivage", null)).EnsureSuccessStatusCode();

        var response = await client.PostJsonAsync("/api/dossiers", new
        {
            nom = "Archivee", prestation = "WSH", fiches = new[] { new { ficheId = fiche, role = "requerant" } },
        });

        var problem = await response.AssertFieldErrorsAsync("fiches[0].ficheId");
        Assert.Equal("dossiers.fiche-archivee", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task OuvrirDossier_RequerantSansCategorieUsager_Returns400()
    {
        using var client = await Factory.AdminClientAsync();
        var medecin = await FicheAsync(client, "Medecin", "medecin");

        var response = await client.PostJsonAsync("/api/dossiers", new
        {
            nom = "Categorie", prestation = "WSH", fiches = new[] { new { ficheId = medecin, role = "requerant" } },
        });

        var problem = await response.AssertFieldErrorsAsync("fiches[0].ficheId");
        Assert.Equal("dossiers.categorie-fiche-invalide", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task OuvrirDossier_PrestationInconnue_Returns400()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await FicheAsync(client, "Prestation");

        var response = await client.PostJsonAsync("/api/dossiers", new
        {
            nom = "Prestation", prestation = "INCONNUE", fiches = new[] { new { ficheId = fiche, role = "requerant" } },
        });

        await response.AssertFieldErrorsAsync("prestation");
    }

    [Fact]
    public async Task RechercherDossiers_ParTexteNumeroPrestationStatutEtFiche_TrouveLeDossier()
    {
        using var client = await Factory.AdminClientAsync();
        var marqueur = FichesTestData.Marqueur("Zoé");
        var fiche = await FicheAsync(client, "Recherche");
        var dossier = await DossierAsync(client, $"{marqueur} Rochat", (fiche, "requerant"));
        var numero = dossier.GetProperty("numero").GetString();
        var sansAccent = marqueur.Replace("é", "E", StringComparison.Ordinal);

        foreach (var requete in new[]
                 {
                     $"q={sansAccent}%20roch", $"numero={numero}", $"ficheId={fiche}", $"q={sansAccent}&prestation=WSH&statut=ouvert",
                 })
        {
            var page = await (await client.GetAsync($"/api/dossiers?{requete}")).JsonAsync();
            Assert.True(page.GetProperty("total").GetInt32() == 1, requete);
            Assert.Equal(numero, page.GetProperty("items")[0].GetProperty("numero").GetString());
        }

        var autrePrestation = await (await client.GetAsync($"/api/dossiers?q={sansAccent}&prestation=ALBV")).JsonAsync();
        Assert.Equal(0, autrePrestation.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task RechercherDossiers_ParBeneficiaireEtReferent_FindsTheDossiersOfAPersonAndOfAWorker()
    {
        var service = await Factory.CreateServiceAsync(FichesTestData.Marqueur("R"));
        var (assistante, assistanteId) = await Factory.UserClientAsync(SharedKernel.Security.Metiers.AssistantSocial, service);
        var (collegue, _) = await Factory.UserClientAsync(SharedKernel.Security.Metiers.AssistantSocial, service);
        using var _a = assistante;
        using var _c = collegue;
        var requerant = await FicheAsync(assistante, "Requerant");
        var conjointe = await FicheAsync(assistante, "Conjointe");
        var nomConjointe = (await (await assistante.GetAsync($"/api/fiches/{conjointe}")).JsonAsync()).GetProperty("nom").GetString()!;
        var famille = (await DossierAsync(assistante, "Famille", (requerant, "requerant"), (conjointe, "conjoint"))).GetProperty("id").GetGuid();
        var autre = (await DossierAsync(collegue, "Autre", (await FicheAsync(collegue, "Autre"), "requerant"))).GetProperty("id").GetGuid();

        async Task<List<Guid>> Ids(HttpClient client, string requete) =>
            (await (await client.GetAsync($"/api/dossiers?{requete}&pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray()
                .Select(d => d.GetProperty("id").GetGuid()).ToList();

        Assert.Equal([famille], await Ids(assistante, $"beneficiaire={nomConjointe}%20test"));
        Assert.Equal([famille], await Ids(collegue, $"beneficiaire={nomConjointe[..^2]}"));
        Assert.Empty(await Ids(assistante, $"beneficiaire={FichesTestData.Marqueur("Personne")}"));
        Assert.Equal([famille], await Ids(assistante, "mesDossiers=true"));
        Assert.Equal([autre], await Ids(collegue, "mesDossiers=true"));
        Assert.Equal([famille], await Ids(collegue, $"referentId={assistanteId}"));
        Assert.Empty(await Ids(collegue, $"mesDossiers=true&beneficiaire={nomConjointe}"));
    }

    [Theory]
    [InlineData("statut=inconnu")]
    [InlineData("sort=couleur")]
    [InlineData("pageSize=501")]
    [InlineData("ficheId=pas-un-guid")]
    [InlineData("referentId=pas-un-guid")]
    [InlineData("mesDossiers=peut-etre")]
    public async Task RechercherDossiers_BadQuery_Returns400(string query)
    {
        using var client = await Factory.AdminClientAsync();

        await (await client.GetAsync($"/api/dossiers?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ModifierDossier_IfMatch_ChangesThenStaleVersion412()
    {
        using var client = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(client, "Modifier");

        var modifie = await client.SendJsonAsync(HttpMethod.Patch, $"/api/dossiers/{id}", new { nom = "Nouveau nom", prestation = "ALBV", dateEntree = "2026-03-01" }, "\"1\"");
        var body = await modifie.JsonAsync();
        Assert.Equal("Nouveau nom", body.GetProperty("nom").GetString());
        Assert.Equal("ALBV", body.GetProperty("prestation").GetString());
        Assert.Equal("2026-03-01", body.GetProperty("dateEntree").GetString());
        Assert.Equal("\"2\"", modifie.Headers.ETag?.Tag);

        var perime = await client.SendJsonAsync(HttpMethod.Patch, $"/api/dossiers/{id}", new { nom = "Autre" }, "\"1\"");
        await perime.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "version-obsolete");
    }

    [Fact]
    public async Task ModifierDossier_Prestation_ReserveeAuDroitParticulier_RienModifieSansLui()
    {
        var service = await Factory.CreateServiceAsync(FichesTestData.Marqueur("P"));
        var (assistante, _) = await Factory.UserClientAsync(SharedKernel.Security.Metiers.AssistantSocial, service);
        var (directeur, _) = await Factory.UserClientAsync(SharedKernel.Security.Metiers.Direction, service);
        using var _a = assistante;
        using var _d = directeur;
        var (id, _) = await DossierSimpleAsync(assistante, "Prestation");
        var prestation = (await (await assistante.GetAsync($"/api/dossiers/{id}")).JsonAsync()).GetProperty("prestation").GetString()!;
        var autre = prestation == "ALBV" ? "WSH" : "ALBV";

        await (await assistante.SendJsonAsync(HttpMethod.Patch, $"/api/dossiers/{id}", new { nom = "Renommé", prestation = autre }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "dossiers.prestation-reservee");
        var inchange = await (await assistante.GetAsync($"/api/dossiers/{id}")).JsonAsync();
        Assert.Equal(prestation, inchange.GetProperty("prestation").GetString());
        Assert.NotEqual("Renommé", inchange.GetProperty("nom").GetString());

        // The same prestation repeated is no change: the other fields go through.
        var renomme = await (await assistante.SendJsonAsync(HttpMethod.Patch, $"/api/dossiers/{id}", new { nom = "Renommé", prestation })).JsonAsync();
        Assert.Equal("Renommé", renomme.GetProperty("nom").GetString());
        var change = await (await directeur.SendJsonAsync(HttpMethod.Patch, $"/api/dossiers/{id}", new { prestation = autre })).JsonAsync();
        Assert.Equal(autre, change.GetProperty("prestation").GetString());
    }

    [Fact]
    public async Task Membres_AjouterDoublonRetirerDernier_ReglesRespectees()
    {
        using var client = await Factory.AdminClientAsync();
        var (id, requerant) = await DossierSimpleAsync(client, "Membres");
        var enfant = await FicheAsync(client, "Enfant");

        var ajout = await (await client.PostJsonAsync($"/api/dossiers/{id}/fiches", new { ficheId = enfant, role = "enfant" })).JsonAsync();
        Assert.Equal(2, ajout.GetArrayLength());
        await (await client.PostJsonAsync($"/api/dossiers/{id}/fiches", new { ficheId = enfant, role = "enfant" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.fiche-deja-membre");
        await (await client.PostJsonAsync($"/api/dossiers/{id}/fiches", new { ficheId = Guid.NewGuid(), role = "enfant" }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.fiche-introuvable");
        await (await client.DeleteAsync($"/api/dossiers/{id}/fiches/{requerant}"))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.membre-dans-unite-allocation");

        var retrait = await (await client.DeleteAsync($"/api/dossiers/{id}/fiches/{enfant}")).JsonAsync();
        Assert.Equal(1, retrait.GetArrayLength());
        await (await client.DeleteAsync($"/api/dossiers/{id}/fiches/{requerant}"))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dernier-membre");
        var fiches = await (await client.GetAsync($"/api/dossiers?ficheId={enfant}")).JsonAsync();
        Assert.Equal(0, fiches.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ObtenirDossier_Inconnu_Returns404()
    {
        using var client = await Factory.AdminClientAsync();

        await (await client.GetAsync($"/api/dossiers/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.dossier-introuvable");
    }
}

[Trait("Category", "Integration")]
public sealed class DossiersApiTestsSqlite(SqliteApiFixture fixture) : DossiersApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DossiersApiTestsPostgreSql(PostgreSqlApiFixture fixture) : DossiersApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
