using System.Net;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// Funding (convention, main funder, co-funders whose split must add up) and contacts by role, each a fiche of the
/// role's category; archived and invisible dossiers refuse them; fiche merges re-point them.
/// </summary>
public abstract class FinancementContactsApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Financement_TauxHoraireEtCofinanceurs_TotalCalculeEtRelu()
    {
        using var admin = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(admin, "Financement");
        var canton = await FicheAsync(admin, "Canton", "financeur");
        var fondation = await FicheAsync(admin, "Fondation", "financeur");
        await (await admin.GetAsync($"/api/dossiers/{id}/financement")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.financement-absent");

        var reponse = await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", new
        {
            convention = new { reference = "CONV-2026-17", du = "2026-01-01", au = "2026-12-31", heuresFinancees = 120.5m },
            financeurPrincipalId = canton, typeFinanceur = "mixte", modeMontant = "taux-horaire", montant = 85.40m,
            repartition = "montant", partPrincipale = 8000.00m,
            coFinanceurs = new[] { new { ficheId = fondation, part = 2290.70m } },
        });

        var defini = await reponse.JsonAsync();
        Assert.Equal("\"1\"", reponse.Headers.ETag?.Tag);
        Assert.Equal(10290.70m, defini.GetProperty("montantTotal").GetDecimal());
        var lu = await (await admin.GetAsync($"/api/dossiers/{id}/financement")).JsonAsync();
        Assert.Equal("CONV-2026-17", lu.GetProperty("convention").GetProperty("reference").GetString());
        Assert.Equal(canton, lu.GetProperty("financeurPrincipalId").GetGuid());
        Assert.Equal(2290.70m, Assert.Single(lu.GetProperty("coFinanceurs").EnumerateArray()).GetProperty("part").GetDecimal());

        var pourcentages = await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", new
        {
            financeurPrincipalId = canton, typeFinanceur = "public", modeMontant = "forfait", montant = 5000m,
            repartition = "pourcentage", partPrincipale = 60m, coFinanceurs = new[] { new { ficheId = fondation, part = 40m } },
        }, ifMatch: "\"1\"")).JsonAsync();
        Assert.Equal(2, pourcentages.GetProperty("version").GetInt64());
        Assert.Equal(5000m, pourcentages.GetProperty("montantTotal").GetDecimal());
        Assert.Equal(JsonNull, pourcentages.GetProperty("convention").ValueKind);
    }

    [Fact]
    public async Task Financement_RepartitionQuiNeFaitPasLeCompte_Returns400EtRienNeChange()
    {
        using var admin = await Factory.AdminClientAsync();
        var (id, usager) = await DossierSimpleAsync(admin, "Repartition");
        var canton = await FicheAsync(admin, "Canton", "financeur");
        var fondation = await FicheAsync(admin, "Fondation", "financeur");
        object Financement(decimal principale, decimal cofinanceur, string repartition = "pourcentage") => new
        {
            financeurPrincipalId = canton, typeFinanceur = "mixte", modeMontant = "total", montant = 1000m,
            repartition, partPrincipale = principale, coFinanceurs = new[] { new { ficheId = fondation, part = cofinanceur } },
        };

        var pourcent = await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", Financement(60m, 30m)))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "dossiers.repartition-incorrecte");
        Assert.True(pourcent.GetProperty("errors").TryGetProperty("coFinanceurs", out _));
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", Financement(600m, 300m, "montant")))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "dossiers.repartition-incorrecte");
        await (await admin.GetAsync($"/api/dossiers/{id}/financement")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.financement-absent");

        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", new
        {
            convention = new { du = "2026-12-31", au = "2026-01-01" },
            financeurPrincipalId = canton, typeFinanceur = "autre", modeMontant = "taux-horaire", montant = 10.001m,
            coFinanceurs = new[] { new { ficheId = canton, part = 10m } },
        })).AssertFieldErrorsAsync("convention.au", "typeFinanceur", "montant", "convention.heuresFinancees", "repartition", "coFinanceurs");
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", new
        {
            financeurPrincipalId = usager, typeFinanceur = "public", modeMontant = "total", montant = 1000m,
        })).AssertProblemAsync(HttpStatusCode.BadRequest, "dossiers.categorie-fiche-invalide");
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", new
        {
            financeurPrincipalId = Guid.NewGuid(), typeFinanceur = "public", modeMontant = "total", montant = 1000m,
        })).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.fiche-introuvable");

        (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", Financement(70m, 30m))).EnsureSuccessStatusCode();
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", Financement(50m, 50m), ifMatch: "\"7\""))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var lu = await (await admin.GetAsync($"/api/dossiers/{id}/financement")).JsonAsync();
        Assert.Equal(70m, lu.GetProperty("partPrincipale").GetDecimal());
    }

    [Fact]
    public async Task Contacts_RoleEtCategorie_VerifiesAjoutesEtRetires()
    {
        using var admin = await Factory.AdminClientAsync();
        var (id, usager) = await DossierSimpleAsync(admin, "Contacts");
        var employeur = await FicheAsync(admin, "Employeur", "employeur");
        var tuteur = await FicheAsync(admin, "Tuteur", "tuteur-curateur");

        await (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "prescripteur", ficheId = employeur }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "dossiers.categorie-fiche-invalide");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "tuteur", ficheId = usager }))
            .AssertFieldErrorsAsync("ficheId");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "voisin", ficheId = employeur }))
            .AssertFieldErrorsAsync("role");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "employeur", ficheId = Guid.NewGuid() }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.fiche-introuvable");

        var ajoute = await (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "employeur", ficheId = employeur, du = "2026-02-01" }))
            .JsonAsync(HttpStatusCode.Created);
        (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "tuteur", ficheId = tuteur })).EnsureSuccessStatusCode();
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "employeur", ficheId = employeur }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.contact-existant");
        var contacts = await (await admin.GetAsync($"/api/dossiers/{id}/contacts")).JsonAsync();
        Assert.Equal(["employeur", "tuteur"], contacts.EnumerateArray().Select(c => c.GetProperty("role").GetString()));

        var contactId = ajoute.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/dossiers/{id}/contacts/{contactId}")).StatusCode);
        await (await admin.DeleteAsync($"/api/dossiers/{id}/contacts/{contactId}")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.contact-introuvable");
        Assert.Single((await (await admin.GetAsync($"/api/dossiers/{id}/contacts")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task DossierArchive_LectureSeule_Returns409SurChaqueEcriture()
    {
        using var admin = await Factory.AdminClientAsync();
        var (id, fiche) = await DossierSimpleAsync(admin, "Archive");
        var canton = await FicheAsync(admin, "Canton", "financeur");
        var employeur = await FicheAsync(admin, "Employeur", "employeur");
        (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "employeur", ficheId = employeur })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync($"/api/dossiers/{id}/cloture", new { date = "2026-10-31", motif = "Fin" })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync($"/api/dossiers/{id}/archivage", new { })).EnsureSuccessStatusCode();

        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", new
        {
            financeurPrincipalId = canton, typeFinanceur = "public", modeMontant = "total", montant = 1000m,
        })).AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "employeur", ficheId = canton }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
        var contact = (await (await admin.GetAsync($"/api/dossiers/{id}/contacts")).JsonAsync())[0].GetProperty("id").GetGuid();
        await (await admin.DeleteAsync($"/api/dossiers/{id}/contacts/{contact}")).AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/objectifs", new { nature = "professionnel", libelle = "Non" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/memos", new { visibilite = "equipe", texte = "Non" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/placements", new { ficheId = fiche, placeCode = "X", du = "2026-01-01", tauxOccupation = 50, jours = new[] { "lundi" } }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/champs-personnalises", new { valeurs = new { } }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-archive");
        Assert.Single((await (await admin.GetAsync($"/api/dossiers/{id}/contacts")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task DossierInvisible_Returns404EnLectureEtEcriture()
    {
        var (proprietaire, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("A")));
        var (etranger, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("B")));
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable);
        using var _p = proprietaire;
        using var _e = etranger;
        using var _c = comptable;
        var (id, _) = await DossierSimpleAsync(proprietaire, "Invisible");
        var employeur = await FicheAsync(proprietaire, "Employeur", "employeur");

        foreach (var route in new[] { "financement", "contacts", "objectifs", "memos", "placements", "champs-personnalises" })
        {
            await (await etranger.GetAsync($"/api/dossiers/{id}/{route}")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.dossier-introuvable");
        }

        await (await etranger.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "employeur", ficheId = employeur }))
            .AssertProblemAsync(HttpStatusCode.NotFound);
        await (await etranger.PostJsonAsync($"/api/dossiers/{id}/memos", new { visibilite = "equipe", texte = "Intrus" }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.dossier-introuvable");
        await (await comptable.PostJsonAsync($"/api/dossiers/{id}/memos", new { visibilite = "equipe", texte = "Non" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        using var anonyme = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync($"/api/dossiers/{id}/memos")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await proprietaire.GetAsync($"/api/dossiers/{id}/memos")).StatusCode);
    }

    [Fact]
    public async Task FichesFusionnees_ContactsFinanceursEtPlacementsRepointes()
    {
        using var admin = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(admin, "FusionSuivi");
        var absorbee = await FicheAsync(admin, "Financeur", "financeur", "employeur");
        var conservee = await FicheAsync(admin, "Financeur", "financeur", "employeur");
        (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = "employeur", ficheId = absorbee })).EnsureSuccessStatusCode();
        (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/financement", new
        {
            financeurPrincipalId = absorbee, typeFinanceur = "prive", modeMontant = "forfait", montant = 900m,
        })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        (await admin.PostJsonAsync("/api/fiches/fusions", new { conserveeId = conservee, absorbeeId = absorbee })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        var contact = Assert.Single((await (await admin.GetAsync($"/api/dossiers/{id}/contacts")).JsonAsync()).EnumerateArray());
        Assert.Equal(conservee, contact.GetProperty("ficheId").GetGuid());
        var financement = await (await admin.GetAsync($"/api/dossiers/{id}/financement")).JsonAsync();
        Assert.Equal(conservee, financement.GetProperty("financeurPrincipalId").GetGuid());
        Assert.Equal(2, financement.GetProperty("version").GetInt64());
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}

[Trait("Category", "Integration")]
public sealed class FinancementContactsApiTestsSqlite(SqliteApiFixture fixture) : FinancementContactsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class FinancementContactsApiTestsPostgreSql(PostgreSqlApiFixture fixture)
    : FinancementContactsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
