using System.Net;
using System.Text.Json;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// Memos by nature with a planned follow-up: the Journal holds it as a due date « Relance mémo » that a corrected
/// memo reschedules, reassigns or cancels; a private memo's follow-up is its author's alone.
/// </summary>
public abstract class MemosRelancesApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Relance_DevientEcheance_ReporteeReattribueeEtAnnuleeParLeMemo()
    {
        var service = await Factory.CreateServiceAsync(FichesTestData.Marqueur("R"));
        var (auteur, auteurId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (collegue, collegueId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = auteur;
        using var _c = collegue;
        var (id, _) = await DossierSimpleAsync(auteur, "Relances");

        var memo = await (await auteur.PostJsonAsync($"/api/dossiers/{id}/memos", new
        {
            visibilite = "equipe", nature = "appel", texte = "Appel de la régie : attestation manquante.", relance = new { date = "2030-01-15" },
        })).JsonAsync(HttpStatusCode.Created);
        var memoId = memo.GetProperty("id").GetGuid();
        Assert.Equal("appel", memo.GetProperty("nature").GetString());
        Assert.Equal(auteurId, memo.GetProperty("relance").GetProperty("responsableId").GetGuid());
        await Factory.DrainMessagesAsync();

        var echeance = Assert.Single(await RelancesAsync(auteur, id));
        Assert.Equal(("2030-01-15", "Relance mémo", auteurId), (echeance.GetProperty("date").GetString(), echeance.GetProperty("action").GetString(),
            echeance.GetProperty("responsableId").GetGuid()));
        Assert.Equal($"memo:{memoId}", echeance.GetProperty("source").GetString());
        var echeanceId = echeance.GetProperty("id").GetGuid();

        (await auteur.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/memos/{memoId}", new
        {
            visibilite = "equipe", nature = "appel", texte = "Appel de la régie : attestation manquante.", relance = new { date = "2030-02-01" },
        }, "\"1\"")).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var reportee = Assert.Single(await RelancesAsync(auteur, id));
        Assert.Equal((echeanceId, "2030-02-01", "ouverte"), (reportee.GetProperty("id").GetGuid(), reportee.GetProperty("date").GetString(),
            reportee.GetProperty("statut").GetString()));
        Assert.Equal("report", Assert.Single(reportee.GetProperty("modifications").EnumerateArray()).GetProperty("nature").GetString());

        (await auteur.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/memos/{memoId}", new
        {
            visibilite = "equipe", nature = "appel", texte = "Texte corrigé, relance confiée.", relance = new { date = "2030-02-01", responsableId = collegueId },
        })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        Assert.Equal(collegueId, Assert.Single(await RelancesAsync(collegue, id)).GetProperty("responsableId").GetGuid());
        var siennes = await (await collegue.GetAsync("/api/echeances")).JsonAsync();
        Assert.Contains(siennes.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetGuid() == echeanceId);

        (await auteur.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/memos/{memoId}", new
        {
            visibilite = "equipe", nature = "appel", texte = "Plus besoin de relancer.",
        })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var annulee = Assert.Single(await RelancesAsync(auteur, id));
        Assert.Equal("annulee", annulee.GetProperty("statut").GetString());
        Assert.Equal(JsonValueKind.Null, (await (await auteur.GetAsync($"/api/dossiers/{id}/memos/{memoId}")).JsonAsync())
            .GetProperty("memo").GetProperty("relance").ValueKind);
    }

    [Fact]
    public async Task RelancePrivee_VueDeSonAuteurSeul_SansLeTexte()
    {
        var service = await Factory.CreateServiceAsync(FichesTestData.Marqueur("P"));
        var (auteur, auteurId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (collegue, collegueId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = auteur;
        using var _c = collegue;
        var (id, _) = await DossierSimpleAsync(auteur, "RelancePrivee");

        await (await auteur.PostJsonAsync($"/api/dossiers/{id}/memos", new
        {
            visibilite = "prive", texte = "Soupçon de violence domestique.", relance = new { date = "2030-03-01", responsableId = collegueId },
        })).AssertFieldErrorsAsync("relance.responsableId");
        var memo = await (await auteur.PostJsonAsync($"/api/dossiers/{id}/memos", new
        {
            visibilite = "prive", texte = "Soupçon de violence domestique.", relance = new { date = "2030-03-01" },
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("note", memo.GetProperty("nature").GetString());
        await Factory.DrainMessagesAsync();

        var echeance = Assert.Single(await RelancesAsync(auteur, id));
        Assert.Equal(("Relance mémo", true, auteurId), (echeance.GetProperty("action").GetString(), echeance.GetProperty("privee").GetBoolean(),
            echeance.GetProperty("responsableId").GetGuid()));
        Assert.Empty(await RelancesAsync(collegue, id));
        var echeanceId = echeance.GetProperty("id").GetGuid();
        await (await collegue.PostJsonAsync($"/api/echeances/{echeanceId}/realisation", new { })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await auteur.PostJsonAsync($"/api/echeances/{echeanceId}/reattribution", new { responsableId = collegueId }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "journal.echeance-privee");

        (await auteur.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/memos/{memo.GetProperty("id").GetGuid()}", new
        {
            visibilite = "equipe", texte = "Partagé avec l'équipe après l'entretien.", relance = new { date = "2030-03-01" },
        })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        Assert.False(Assert.Single(await RelancesAsync(collegue, id)).GetProperty("privee").GetBoolean());
    }

    [Fact]
    public async Task Memos_NatureEtRelance_ValideesEtFiltrees()
    {
        var service = await Factory.CreateServiceAsync(FichesTestData.Marqueur("F"));
        var (auteur, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (ailleurs, ailleursId) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("G")));
        using var _a = auteur;
        using var _o = ailleurs;
        var (id, _) = await DossierSimpleAsync(auteur, "MemosFiltres");
        var url = $"/api/dossiers/{id}/memos";

        await (await auteur.PostJsonAsync(url, new { visibilite = "equipe", texte = "X", nature = "fax" })).AssertFieldErrorsAsync("nature");
        await (await auteur.PostJsonAsync(url, new { visibilite = "equipe", texte = "X", relance = new { responsableId = Guid.NewGuid() } }))
            .AssertFieldErrorsAsync("relance.date");
        await (await auteur.PostJsonAsync(url, new { visibilite = "equipe", texte = "X", relance = new { date = "2020-01-01" } }))
            .AssertFieldErrorsAsync("relance.date");
        await (await auteur.PostJsonAsync(url, new { visibilite = "equipe", texte = "X", relance = new { date = "2030-01-01", responsableId = Guid.NewGuid() } }))
            .AssertFieldErrorsAsync("relance.responsableId");
        await (await auteur.PostJsonAsync(url, new { visibilite = "equipe", texte = "X", relance = new { date = "2030-01-01", responsableId = ailleursId } }))
            .AssertFieldErrorsAsync("relance.responsableId");

        (await auteur.PostJsonAsync(url, new { visibilite = "equipe", texte = "Rendez-vous pris.", nature = "rendez-vous" })).EnsureSuccessStatusCode();
        (await auteur.PostJsonAsync(url, new { visibilite = "equipe", texte = "Courriel envoyé.", nature = "email", relance = new { date = "2030-01-01" } }))
            .EnsureSuccessStatusCode();
        (await auteur.PostJsonAsync(url, new { visibilite = "equipe", texte = "Note." })).EnsureSuccessStatusCode();

        Assert.Equal(3, (await (await auteur.GetAsync(url)).JsonAsync()).GetArrayLength());
        Assert.Equal("Rendez-vous pris.", Assert.Single((await (await auteur.GetAsync($"{url}?nature=rendez-vous")).JsonAsync()).EnumerateArray())
            .GetProperty("texte").GetString());
        Assert.Equal("email", Assert.Single((await (await auteur.GetAsync($"{url}?avecRelance=true")).JsonAsync()).EnumerateArray())
            .GetProperty("nature").GetString());
        Assert.Equal(2, (await (await auteur.GetAsync($"{url}?avecRelance=false")).JsonAsync()).GetArrayLength());
        Assert.Empty((await (await auteur.GetAsync($"{url}?nature=email&avecRelance=false")).JsonAsync()).EnumerateArray());
        await (await auteur.GetAsync($"{url}?nature=fax")).AssertFieldErrorsAsync("nature");
    }

    [Fact]
    public async Task Relance_DossierClos_RefuseeMemoSansRelanceAccepte()
    {
        var (auteur, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("C")));
        using var _a = auteur;
        var (id, _) = await DossierSimpleAsync(auteur, "Clos");
        var memo = await (await auteur.PostJsonAsync($"/api/dossiers/{id}/memos", new
        {
            visibilite = "equipe", texte = "Avant la clôture.", relance = new { date = "2030-01-15" },
        })).JsonAsync(HttpStatusCode.Created);
        (await auteur.PostJsonAsync($"/api/dossiers/{id}/cloture", new { date = "2026-10-31", motif = "Fin du droit" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        await (await auteur.PostJsonAsync($"/api/dossiers/{id}/memos", new { visibilite = "equipe", texte = "Après.", relance = new { date = "2030-02-01" } }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-clos-sans-relance");
        await (await auteur.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/memos/{memo.GetProperty("id").GetGuid()}", new
        {
            visibilite = "equipe", texte = "Avant la clôture.", relance = new { date = "2030-03-01" },
        })).AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.dossier-clos-sans-relance");

        // Its text can still be corrected while its follow-up stays as it was; a memo without follow-up is written.
        (await auteur.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{id}/memos/{memo.GetProperty("id").GetGuid()}", new
        {
            visibilite = "equipe", texte = "Avant la clôture, corrigé.", relance = new { date = "2030-01-15" },
        })).EnsureSuccessStatusCode();
        (await auteur.PostJsonAsync($"/api/dossiers/{id}/memos", new { visibilite = "equipe", texte = "Courrier reçu après la clôture." }))
            .EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        Assert.All(await RelancesAsync(auteur, id), e => Assert.Equal("annulee", e.GetProperty("statut").GetString()));
    }

    private static async Task<List<JsonElement>> RelancesAsync(HttpClient client, Guid dossierId) =>
        (await (await client.GetAsync($"/api/echeances?dossierId={dossierId}&pageSize=500")).JsonAsync())
            .GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("source").GetString()?.StartsWith("memo:", StringComparison.Ordinal) == true)
            .Select(e => e.Clone())
            .ToList();
}

[Trait("Category", "Integration")]
public sealed class MemosRelancesApiTestsSqlite(SqliteApiFixture fixture) : MemosRelancesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class MemosRelancesApiTestsPostgreSql(PostgreSqlApiFixture fixture) : MemosRelancesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
