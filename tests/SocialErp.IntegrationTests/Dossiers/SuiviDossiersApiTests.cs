using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// Objectives and the success rate, memos (team or private, corrected with history), placements in structures with
/// a weekly planning (seed 002's workshop), and custom fields per prestation, validated and read by other modules.
/// </summary>
public abstract class SuiviDossiersApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Objectifs_EvaluationDonneLeTauxDeReussite()
    {
        using var admin = await Factory.AdminClientAsync();
        var (id, _) = await DossierSimpleAsync(admin, "Objectifs");

        var cfc = await (await admin.PostJsonAsync($"/api/dossiers/{id}/objectifs", new
        {
            nature = "resultat", genre = "certification", libelle = "CFC de cuisinier", cible = "Examen réussi", echeance = "2027-06-30",
        })).JsonAsync(HttpStatusCode.Created);
        (await admin.PostJsonAsync($"/api/dossiers/{id}/objectifs", new { nature = "competence", genre = "savoir-etre", libelle = "Ponctualité", atteint = true, evalueLe = "2026-05-01" }))
            .EnsureSuccessStatusCode();
        (await admin.PostJsonAsync($"/api/dossiers/{id}/objectifs", new { nature = "professionnel", libelle = "Emploi en cuisine", atteint = false }))
            .EnsureSuccessStatusCode();
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/objectifs", new { nature = "competence", genre = "livrable", libelle = "X" }))
            .AssertFieldErrorsAsync("genre");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/objectifs", new { nature = "reve", libelle = "" }))
            .AssertFieldErrorsAsync("nature", "libelle");

        var liste = await (await admin.GetAsync($"/api/dossiers/{id}/objectifs")).JsonAsync();
        Assert.Equal(3, liste.GetProperty("objectifs").GetArrayLength());
        Assert.Equal((2, 1, 50.00m), (liste.GetProperty("evalues").GetInt32(), liste.GetProperty("atteints").GetInt32(), liste.GetProperty("tauxReussite").GetDecimal()));

        var objectifId = cfc.GetProperty("id").GetGuid();
        var evalue = await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/objectifs/{objectifId}", new
        {
            nature = "resultat", genre = "certification", libelle = "CFC de cuisinier", atteint = true, evalueLe = "2027-06-15",
        }, ifMatch: "\"1\"")).JsonAsync();
        Assert.Equal(2, evalue.GetProperty("version").GetInt64());
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/objectifs/{objectifId}", new
        {
            nature = "resultat", genre = "certification", libelle = "Périmé", atteint = false,
        }, ifMatch: "\"1\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/objectifs/{Guid.NewGuid()}", new { nature = "professionnel", libelle = "X" }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.objectif-introuvable");
        var apres = await (await admin.GetAsync($"/api/dossiers/{id}/objectifs")).JsonAsync();
        Assert.Equal(66.67m, apres.GetProperty("tauxReussite").GetDecimal());
        var indicateurs = await (await admin.GetAsync($"/api/dossiers/{id}/indicateurs")).JsonAsync();
        Assert.Equal(66.67m, indicateurs.GetProperty("tauxReussite").GetDecimal());
    }

    [Fact]
    public async Task Memos_PriveAuteurSeulEtCorrectionsHistorisees()
    {
        var service = await Factory.CreateServiceAsync(FichesTestData.Marqueur("M"));
        var (auteur, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (collegue, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = auteur;
        using var _c = collegue;
        var (id, _) = await DossierSimpleAsync(auteur, "Memos");

        var equipe = await (await auteur.PostJsonAsync($"/api/dossiers/{id}/memos", new { visibilite = "equipe", texte = "Rendez-vous lundi." }))
            .JsonAsync(HttpStatusCode.Created);
        var prive = await (await auteur.PostJsonAsync($"/api/dossiers/{id}/memos", new { visibilite = "prive", texte = "Impression personnelle." }))
            .JsonAsync(HttpStatusCode.Created);
        await (await auteur.PostJsonAsync($"/api/dossiers/{id}/memos", new { visibilite = "public", texte = "" }))
            .AssertFieldErrorsAsync("visibilite", "texte");

        Assert.Equal(2, (await (await auteur.GetAsync($"/api/dossiers/{id}/memos")).JsonAsync()).GetArrayLength());
        var vus = await (await collegue.GetAsync($"/api/dossiers/{id}/memos")).JsonAsync();
        Assert.Equal(equipe.GetProperty("id").GetGuid(), Assert.Single(vus.EnumerateArray()).GetProperty("id").GetGuid());
        var priveId = prive.GetProperty("id").GetGuid();
        await (await collegue.GetAsync($"/api/dossiers/{id}/memos/{priveId}")).AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.memo-introuvable");

        var equipeId = equipe.GetProperty("id").GetGuid();
        await (await collegue.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/memos/{equipeId}", new { visibilite = "equipe", texte = "Corrigé par autrui" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "dossiers.memo-auteur-seul");
        (await auteur.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/memos/{equipeId}", new { visibilite = "equipe", texte = "Rendez-vous mardi." }, "\"1\""))
            .EnsureSuccessStatusCode();
        await (await auteur.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/memos/{equipeId}", new { visibilite = "equipe", texte = "Périmé" }, "\"1\""))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var corrige = await (await auteur.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/memos/{equipeId}", new { visibilite = "prive", texte = "Rendez-vous mercredi." }))
            .JsonAsync();

        Assert.Equal("Rendez-vous mercredi.", corrige.GetProperty("memo").GetProperty("texte").GetString());
        Assert.Equal(
            ["Rendez-vous lundi.", "Rendez-vous mardi."],
            corrige.GetProperty("historique").EnumerateArray().Select(v => v.GetProperty("texte").GetString()));
        Assert.Empty((await (await collegue.GetAsync($"/api/dossiers/{id}/memos")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Placements_AtelierSelonPlanningType_CommeLeSeed002()
    {
        using var admin = await Factory.AdminClientAsync();
        var code = FichesTestData.Marqueur("ATB").ToUpperInvariant();
        var place = $"{code}-001";
        (await admin.PostJsonAsync("/api/parametres/structures", new
        {
            code, libelle = "Atelier bois", type = "atelier", places = new[] { new { code = place, libelle = $"{code} place 001" } },
        })).EnsureSuccessStatusCode();
        await (await admin.PostJsonAsync("/api/parametres/structures", new { code, libelle = "Doublon", type = "atelier" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.structure-existante");
        var planning = $"{code}.STD";
        (await admin.PostJsonAsync("/api/parametres/plannings-types", new
        {
            code = planning, libelle = "Atelier standard 100%", tauxOccupation = 100, jours = new[] { "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi" },
        })).EnsureSuccessStatusCode();
        var (id, fiche) = await DossierSimpleAsync(admin, "Atelier");
        var (autre, autreFiche) = await DossierSimpleAsync(admin, "Voisin");

        var place2013 = await (await admin.PostJsonAsync($"/api/dossiers/{id}/placements", new
        {
            ficheId = fiche, placeCode = place, du = "2013-01-01", au = "2018-12-31", planningCode = planning,
        })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(code, place2013.GetProperty("structureCode").GetString());
        Assert.Equal(100m, place2013.GetProperty("tauxOccupation").GetDecimal());
        Assert.Equal(6, place2013.GetProperty("jours").GetArrayLength());
        await (await admin.PostJsonAsync($"/api/dossiers/{autre}/placements", new
        {
            ficheId = autreFiche, placeCode = place, du = "2018-06-01", tauxOccupation = 50, jours = new[] { "lundi" },
        })).AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.place-occupee");
        var partiel = await (await admin.PostJsonAsync($"/api/dossiers/{autre}/placements", new
        {
            ficheId = autreFiche, placeCode = place, du = "2019-01-01", tauxOccupation = 50.5m, planningCode = planning, jours = new[] { "jeudi", "lundi" },
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["lundi", "jeudi"], partiel.GetProperty("jours").EnumerateArray().Select(j => j.GetString()));

        await (await admin.PostJsonAsync($"/api/dossiers/{id}/placements", new { ficheId = autreFiche, placeCode = place, du = "2030-01-01", planningCode = planning }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "dossiers.fiche-non-membre");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/placements", new { ficheId = fiche, placeCode = "INCONNUE", du = "2030-01-01", planningCode = planning }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.place-introuvable");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/placements", new { ficheId = fiche, placeCode = place, du = "2030-01-01" }))
            .AssertFieldErrorsAsync("tauxOccupation");
        await (await admin.PostJsonAsync($"/api/dossiers/{id}/placements", new
        {
            ficheId = fiche, placeCode = place, du = "2030-01-01", au = "2029-01-01", tauxOccupation = 120, jours = new[] { "lundi", "lundi" },
        })).AssertFieldErrorsAsync("au", "tauxOccupation", "jours");

        var liste = await (await admin.GetAsync($"/api/dossiers/{id}/placements")).JsonAsync();
        Assert.Equal(place, Assert.Single(liste.EnumerateArray()).GetProperty("placeCode").GetString());
        var structures = await (await admin.GetAsync("/api/parametres/structures")).JsonAsync();
        Assert.Contains(structures.EnumerateArray(), s => s.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task Placements_FinStructureEtPlanningModifies_PlacesOccupeesProtegees()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("P")));
        using var _a = assistant;
        var code = FichesTestData.Marqueur("LOG").ToUpperInvariant();
        (await admin.PostJsonAsync("/api/parametres/structures", new
        {
            code, libelle = "Logements", type = "logement",
            places = new[] { new { code = $"{code}-1", libelle = "Studio 1" }, new { code = $"{code}-2", libelle = "Studio 2" } },
        })).EnsureSuccessStatusCode();
        var planning = $"{code}.MI";
        (await admin.PostJsonAsync("/api/parametres/plannings-types", new { code = planning, libelle = "Mi-temps", tauxOccupation = 50, jours = new[] { "lundi", "mardi" } }))
            .EnsureSuccessStatusCode();
        var (id, fiche) = await DossierSimpleAsync(admin, "Logement");
        var (autre, autreFiche) = await DossierSimpleAsync(admin, "Suivant");
        var placement = await (await admin.PostJsonAsync($"/api/dossiers/{id}/placements", new { ficheId = fiche, placeCode = $"{code}-1", du = "2025-01-01", planningCode = planning }))
            .JsonAsync(HttpStatusCode.Created);
        var url = $"/api/dossiers/{id}/placements/{placement.GetProperty("id").GetGuid()}";

        var lu = await admin.GetAsync(url);
        Assert.Equal(placement.GetProperty("id").GetGuid(), (await lu.JsonAsync()).GetProperty("id").GetGuid());
        await (await admin.PostJsonAsync($"/api/dossiers/{autre}/placements", new { ficheId = autreFiche, placeCode = $"{code}-1", du = "2026-01-01", planningCode = planning }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.place-occupee");
        await (await admin.PostJsonAsync($"{url}/fin", new { au = "2024-12-31" })).AssertFieldErrorsAsync("au");
        await (await admin.PostJsonAsync($"{url}/fin", new { })).AssertFieldErrorsAsync("au");
        await (await assistant.PostJsonAsync($"{url}/fin", new { au = "2025-12-31" })).AssertProblemAsync(HttpStatusCode.NotFound);
        var termine = await (await admin.PostJsonAsync($"{url}/fin", new { au = "2025-12-31" })).JsonAsync();
        Assert.Equal("2025-12-31", termine.GetProperty("au").GetString());
        (await admin.PostJsonAsync($"/api/dossiers/{autre}/placements", new { ficheId = autreFiche, placeCode = $"{code}-1", du = "2026-01-01", planningCode = planning }))
            .EnsureSuccessStatusCode();
        await (await admin.PostJsonAsync($"{url}/fin", new { au = "2026-06-30" })).AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.place-occupee");

        await (await admin.PutAsJsonAsync($"/api/parametres/structures/{code}", new
        {
            libelle = "Logements protégés", type = "logement", active = true, places = new[] { new { code = $"{code}-2", libelle = "Studio 2" } },
        })).AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.place-utilisee");
        var structure = await (await admin.PutAsJsonAsync($"/api/parametres/structures/{code}", new
        {
            libelle = "Logements protégés", type = "logement", active = false,
            places = new[] { new { code = $"{code}-1", libelle = "Studio 1 (rez)" }, new { code = $"{code}-3", libelle = "Studio 3" } },
        })).JsonAsync();
        Assert.Equal(("Logements protégés", false), (structure.GetProperty("libelle").GetString(), structure.GetProperty("active").GetBoolean()));
        Assert.Equal([$"{code}-1", $"{code}-3"], structure.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.Equal("Studio 1 (rez)", structure.GetProperty("places")[0].GetProperty("libelle").GetString());
        await (await admin.PutAsJsonAsync($"/api/parametres/structures/INCONNUE{code}", new { libelle = "X", type = "logement", active = true }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.structure-introuvable");
        await (await assistant.PutAsJsonAsync($"/api/parametres/structures/{code}", new { libelle = "X", type = "logement", active = true }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);

        var plan = await (await admin.PutAsJsonAsync($"/api/parametres/plannings-types/{planning}", new
        {
            code = planning, libelle = "Mi-temps (matin)", tauxOccupation = 40, jours = new[] { "mercredi" },
        })).JsonAsync();
        Assert.Equal(40m, plan.GetProperty("tauxOccupation").GetDecimal());
        await (await admin.PutAsJsonAsync($"/api/parametres/plannings-types/{planning}", new { code = "AUTRE", libelle = "X", tauxOccupation = 40, jours = new[] { "lundi" } }))
            .AssertFieldErrorsAsync("code");
        var garde = await (await admin.GetAsync(url)).JsonAsync();
        Assert.Equal((50m, 2), (garde.GetProperty("tauxOccupation").GetDecimal(), garde.GetProperty("jours").GetArrayLength()));
    }

    [Fact]
    public async Task ChampsPersonnalises_ValidesParTypeEtObligatoire_LusParLesAutresModules()
    {
        using var admin = await Factory.AdminClientAsync();
        var prestation = FichesTestData.Marqueur("P").ToUpperInvariant();
        (await admin.PostJsonAsync("/api/parametres/prestations", new { code = prestation, libelle = "Prestation de test", active = true })).EnsureSuccessStatusCode();
        async Task Champ(string code, string type, bool obligatoire, string[]? options = null) =>
            (await admin.PostJsonAsync("/api/parametres/champs-personnalises", new { prestation, code, libelle = code, type, obligatoire, options }))
            .EnsureSuccessStatusCode();
        await Champ("employeur-vise", "texte", obligatoire: true);
        await Champ("heures-semaine", "nombre", obligatoire: false);
        await Champ("date-bilan", "date", obligatoire: false);
        await Champ("permis", "booleen", obligatoire: false);
        await Champ("niveau", "liste", obligatoire: false, ["A1", "A2", "B1"]);
        await (await admin.PostJsonAsync("/api/parametres/champs-personnalises", new { prestation, code = "permis", libelle = "x", type = "texte" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.champ-existant");
        await (await admin.PostJsonAsync("/api/parametres/champs-personnalises", new { prestation = "INCONNUE", code = "x", libelle = "x", type = "texte" }))
            .AssertFieldErrorsAsync("prestation");
        await (await admin.PostJsonAsync("/api/parametres/champs-personnalises", new { prestation, code = "y", libelle = "y", type = "liste" }))
            .AssertFieldErrorsAsync("options");

        var service = await Factory.CreateServiceAsync(FichesTestData.Marqueur("C"));
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var fiche = await FicheAsync(assistant, "Champs");
        var dossier = await (await assistant.PostJsonAsync("/api/dossiers", new
        {
            nom = "Champs", prestation, communeDomicile = 5586, dateOuverture = "2026-01-01", fiches = new[] { new { ficheId = fiche, role = "requerant" } },
        })).JsonAsync(HttpStatusCode.Created);
        var id = dossier.GetProperty("id").GetGuid();
        var vides = await (await assistant.GetAsync($"/api/dossiers/{id}/champs-personnalises")).JsonAsync();
        Assert.All(vides.GetProperty("champs").EnumerateArray(), c => Assert.Equal(System.Text.Json.JsonValueKind.Null, c.GetProperty("valeur").ValueKind));

        var invalide = await (await assistant.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/champs-personnalises", new Dictionary<string, object>
        {
            ["valeurs"] = new Dictionary<string, object> { ["heures-semaine"] = "vingt", ["date-bilan"] = "31.12.2026", ["niveau"] = "C2", ["inconnu"] = 1 },
        })).AssertFieldErrorsAsync("valeurs.employeur-vise", "valeurs.heures-semaine", "valeurs.date-bilan", "valeurs.niveau", "valeurs.inconnu");
        Assert.Equal("urn:socialerp:probleme:dossiers.champs-invalides", invalide.GetProperty("type").GetString());

        var saisis = await (await assistant.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/champs-personnalises", new Dictionary<string, object>
        {
            ["valeurs"] = new Dictionary<string, object>
            {
                ["employeur-vise"] = "Boulangerie du Pont", ["heures-semaine"] = 20.5m, ["date-bilan"] = "2026-12-31", ["permis"] = true, ["niveau"] = "B1",
            },
        }, ifMatch: "\"0\"")).JsonAsync();
        Assert.Equal(1, saisis.GetProperty("version").GetInt64());
        var heures = saisis.GetProperty("champs").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "heures-semaine");
        Assert.Equal(20.5m, heures.GetProperty("valeur").GetDecimal());
        await (await assistant.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/champs-personnalises", new { valeurs = new Dictionary<string, object>() }, "\"0\""))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        await using var scope = Factory.EnTantQue(assistantId, service);
        var apercu = await scope.ServiceProvider.GetRequiredService<IDossiersLecture>().TrouverAsync(id, default);
        Assert.Equal("Boulangerie du Pont", apercu!.ChampsPersonnalises["employeur-vise"]);
        Assert.Equal("20.5", apercu.ChampsPersonnalises["heures-semaine"]);
        Assert.Equal("true", apercu.ChampsPersonnalises["permis"]);
    }
}

[Trait("Category", "Integration")]
public sealed class SuiviDossiersApiTestsSqlite(SqliteApiFixture fixture) : SuiviDossiersApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class SuiviDossiersApiTestsPostgreSql(PostgreSqlApiFixture fixture) : SuiviDossiersApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
