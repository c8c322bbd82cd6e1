using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>The journal de bord of a dossier: entries, confidentiality, corrections, due dates, bad input.</summary>
public abstract class JournalDeBordApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task EcrireEntree_AvecEcheance_ListeeAvecSonEcheanceEtLisibleSeule()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);
        var participant = Guid.NewGuid();
        var document = Guid.NewGuid();

        var creee = await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/journal", new
        {
            type = "entretien",
            date = "2026-11-02T10:00:00Z",
            texte = "Premier entretien au guichet.",
            participants = new[] { participant },
            documents = new[] { document },
            echeance = new { date = "2026-11-20", responsableId = assistantId, action = "Relancer pour les fiches de salaire" },
        })).JsonAsync(HttpStatusCode.Created);

        var id = creee.GetProperty("id").GetGuid();
        Assert.Equal("dossier", creee.GetProperty("confidentialite").GetString());
        Assert.Equal(assistantId, creee.GetProperty("auteurId").GetGuid());
        var journal = await (await assistant.GetAsync($"/api/dossiers/{dossier}/journal?type=entretien")).JsonAsync();
        var entree = Assert.Single(journal.GetProperty("items").EnumerateArray());
        Assert.Equal(id, entree.GetProperty("id").GetGuid());
        Assert.Equal(participant, entree.GetProperty("participants")[0].GetGuid());
        Assert.Equal(document, entree.GetProperty("documents")[0].GetGuid());
        var echeance = Assert.Single(entree.GetProperty("echeances").EnumerateArray());
        Assert.Equal("2026-11-20", echeance.GetProperty("date").GetString());
        Assert.Equal("ouverte", echeance.GetProperty("statut").GetString());
        Assert.Equal(service, echeance.GetProperty("serviceId").GetGuid());
        var lue = await (await assistant.GetAsync($"/api/journal/{id}")).JsonAsync();
        Assert.Equal("Premier entretien au guichet.", lue.GetProperty("entree").GetProperty("texte").GetString());
        Assert.Equal(0, lue.GetProperty("versionsPrecedentes").GetArrayLength());
    }

    [Fact]
    public async Task ListerJournal_Filtres_TypePeriodeAuteurTexteEtPagination()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (gestionnaire, _) = await Factory.UserClientAsync(Metiers.Gestionnaire, service);
        using var _a = assistant;
        using var _g = gestionnaire;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant, new DateOnly(2026, 1, 5));
        await EcrireAsync(assistant, dossier, "telephone", "2026-03-01T09:00:00Z", "Appel de la régie au sujet du loyer.");
        await EcrireAsync(assistant, dossier, "courrier-entrant", "2026-03-10T09:00:00Z", "Décision AI reçue.");
        await EcrireAsync(gestionnaire, dossier, "commentaire", "2026-04-02T09:00:00Z", "Loyer payé directement à la régie.");

        Assert.Equal(4, await TotalAsync(assistant, $"/api/dossiers/{dossier}/journal"));
        Assert.Equal(1, await TotalAsync(assistant, $"/api/dossiers/{dossier}/journal?type=telephone"));
        Assert.Equal(2, await TotalAsync(assistant, $"/api/dossiers/{dossier}/journal?du=2026-03-01&au=2026-03-31"));
        Assert.Equal(2, await TotalAsync(assistant, $"/api/dossiers/{dossier}/journal?auteurId={assistantId}"));
        Assert.Equal(2, await TotalAsync(assistant, $"/api/dossiers/{dossier}/journal?q=R%C3%A9GIE"));
        var page = await (await assistant.GetAsync($"/api/dossiers/{dossier}/journal?page=2&pageSize=3")).JsonAsync();
        Assert.Equal("ouverture", Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("type").GetString());
        await (await assistant.GetAsync($"/api/dossiers/{dossier}/journal?du=2026-04-01&au=2026-03-01")).AssertFieldErrorsAsync("au");
        await (await assistant.GetAsync($"/api/dossiers/{dossier}/journal?pageSize=0")).AssertFieldErrorsAsync("pageSize");
    }

    [Fact]
    public async Task Confidentialite_MetierEtUtilisateurs_SeulsLeursLecteursEtLAuteurVoient()
    {
        var service = await ServiceAsync();
        var (auteur, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (collegue, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (gestionnaire, gestionnaireId) = await Factory.UserClientAsync(Metiers.Gestionnaire, service);
        var (autreService, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await ServiceAsync());
        using var _1 = auteur;
        using var _2 = collegue;
        using var _3 = gestionnaire;
        using var _4 = autreService;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, auteur);
        var metier = await EcrireAsync(auteur, dossier, "entretien", "2026-05-01T09:00:00Z", "Santé : suivi psychiatrique.", confidentialite: "metier");
        var nominative = await EcrireAsync(auteur, dossier, "commentaire", "2026-05-02T09:00:00Z", "Pour le gestionnaire seulement.",
            confidentialite: "utilisateurs", destinataires: [gestionnaireId]);

        Assert.Equal(3, await TotalAsync(auteur, $"/api/dossiers/{dossier}/journal"));
        Assert.Equal(2, await TotalAsync(collegue, $"/api/dossiers/{dossier}/journal"));
        Assert.Equal(2, await TotalAsync(gestionnaire, $"/api/dossiers/{dossier}/journal"));
        Assert.Equal(HttpStatusCode.OK, (await collegue.GetAsync($"/api/journal/{metier}")).StatusCode);
        await (await collegue.GetAsync($"/api/journal/{nominative}")).AssertProblemAsync(HttpStatusCode.NotFound, "journal.entree-introuvable");
        await (await gestionnaire.GetAsync($"/api/journal/{metier}")).AssertProblemAsync(HttpStatusCode.NotFound, "journal.entree-introuvable");
        Assert.Equal(HttpStatusCode.OK, (await gestionnaire.GetAsync($"/api/journal/{nominative}")).StatusCode);
        await (await autreService.GetAsync($"/api/dossiers/{dossier}/journal")).AssertProblemAsync(HttpStatusCode.NotFound, "journal.dossier-introuvable");
        await (await autreService.GetAsync($"/api/journal/{metier}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await autreService.GetAsync($"/api/journal?cibleType=dossier&cibleId={dossier}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(2, await TotalAsync(collegue, $"/api/journal?cibleType=dossier&cibleId={dossier}"));
    }

    [Fact]
    public async Task CorrigerEntree_GardeLaVersionPrecedente_ReserveeAlAuteurEtALaVersionLue()
    {
        var service = await ServiceAsync();
        var (auteur, auteurId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (collegue, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _1 = auteur;
        using var _2 = collegue;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, auteur);
        var id = await EcrireAsync(auteur, dossier, "visite", "2026-06-01T14:00:00Z", "Visite à domicile : logement insalubre.");

        var corrigee = await (await PatchAsync(auteur, id, "\"1\"", new { texte = "Visite à domicile : logement humide.", motif = "Erreur de saisie" }))
            .JsonAsync();

        Assert.Equal("Visite à domicile : logement humide.", corrigee.GetProperty("entree").GetProperty("texte").GetString());
        Assert.Equal(1, corrigee.GetProperty("entree").GetProperty("nombreCorrections").GetInt32());
        var precedente = Assert.Single(corrigee.GetProperty("versionsPrecedentes").EnumerateArray());
        Assert.Equal("Visite à domicile : logement insalubre.", precedente.GetProperty("texte").GetString());
        Assert.Equal("Erreur de saisie", precedente.GetProperty("motif").GetString());
        Assert.Equal(auteurId, precedente.GetProperty("remplaceePar").GetGuid());
        await (await PatchAsync(auteur, id, "\"1\"", new { texte = "Autre" })).AssertProblemAsync(HttpStatusCode.PreconditionFailed, "version-obsolete");
        await (await PatchAsync(collegue, id, null, new { texte = "Pas à moi" })).AssertProblemAsync(HttpStatusCode.Forbidden, "journal.correction-reservee-auteur");
        await (await PatchAsync(auteur, id, null, new { })).AssertFieldErrorsAsync("entree");
        await (await PatchAsync(auteur, id, null, new { confidentialite = "utilisateurs" })).AssertFieldErrorsAsync("destinataires");
        var ouverture = (await (await auteur.GetAsync($"/api/dossiers/{dossier}/journal?type=ouverture")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        await (await PatchAsync(auteur, ouverture, null, new { texte = "Réécrit" })).AssertProblemAsync(HttpStatusCode.Conflict, "journal.entree-automatique");
        var relue = await (await collegue.GetAsync($"/api/journal/{id}")).JsonAsync();
        Assert.Equal(1, relue.GetProperty("versionsPrecedentes").GetArrayLength());
    }

    [Fact]
    public async Task EcrireEntree_MauvaisesDonnees_ProblemesPrecis()
    {
        var service = await ServiceAsync();
        var (assistant, assistantId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (autreService, autreId) = await Factory.UserClientAsync(Metiers.AssistantSocial, await ServiceAsync());
        using var _a = assistant;
        using var _b = autreService;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, assistant);

        await (await assistant.PostJsonAsync($"/api/dossiers/{Guid.NewGuid()}/journal", Entree("commentaire")))
            .AssertProblemAsync(HttpStatusCode.NotFound, "journal.dossier-introuvable");
        await (await autreService.PostJsonAsync($"/api/dossiers/{dossier}/journal", Entree("commentaire")))
            .AssertProblemAsync(HttpStatusCode.NotFound, "journal.dossier-introuvable");
        await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/journal", new { type = "commentaire", date = "2026-11-02T10:00:00Z", texte = "x",
            echeance = new { date = "2026-11-20", action = "Rappeler" } })).AssertFieldErrorsAsync("echeance.responsableId");
        await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/journal", new { type = "commentaire", date = "2026-11-02T10:00:00Z", texte = "x",
            echeance = new { date = "2026-11-20", responsableId = autreId, action = "Rappeler" } }))
            .AssertFieldErrorsAsync("responsableId");
        await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/journal", new { type = "commentaire", date = "2026-11-02T10:00:00Z", texte = "x",
            echeance = new { date = "2026-11-20", responsableId = Guid.NewGuid(), action = "Rappeler" } }))
            .AssertFieldErrorsAsync("responsableId");
        await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/journal", new { type = "Entretien!", texte = "" }))
            .AssertFieldErrorsAsync("type", "date", "texte");
        await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/journal", new { type = "commentaire", date = "2026-11-02T10:00:00Z", texte = "x",
            confidentialite = "utilisateurs" })).AssertFieldErrorsAsync("destinataires");
        await (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/journal", new { type = "commentaire", date = "2026-11-02T10:00:00Z", texte = "x",
            confidentialite = "secret" })).AssertFieldErrorsAsync("confidentialite");
        Assert.Equal(1, await TotalAsync(assistant, $"/api/dossiers/{dossier}/journal"));
        Assert.Equal(0, await TotalAsync(assistant, $"/api/echeances?responsableId={assistantId}"));
        using var anonyme = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync($"/api/dossiers/{dossier}/journal")).StatusCode);
    }

    internal static object Entree(string type) => new { type, date = "2026-11-02T10:00:00Z", texte = "Entrée de test." };

    internal static async Task<Guid> EcrireAsync(
        HttpClient client, Guid dossier, string type, string date, string texte, string? confidentialite = null, Guid[]? destinataires = null) =>
        (await (await client.PostJsonAsync($"/api/dossiers/{dossier}/journal", new { type, date, texte, confidentialite, destinataires }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    internal static async Task<int> TotalAsync(HttpClient client, string url) =>
        (await (await client.GetAsync(url)).JsonAsync()).GetProperty("total").GetInt32();

    private Task<Guid> ServiceAsync() => Factory.CreateServiceAsync($"J{Guid.NewGuid():N}"[..10]);

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, Guid id, string? ifMatch, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/journal/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }
}

[Trait("Category", "Integration")]
public sealed class JournalDeBordApiTestsSqlite(SqliteApiFixture fixture) : JournalDeBordApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class JournalDeBordApiTestsPostgreSql(PostgreSqlApiFixture fixture) : JournalDeBordApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
