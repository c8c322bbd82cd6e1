using System.Net;
using System.Net.Http.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// End to end through the Dossiers API: dossiers opened, allocation units replaced (PUT unite-allocation), the bus
/// drained, and Comptabilité consolidates from its projection of Dossiers' events; a transfer keeps the ledger and the
/// dossier's access rules apply to its consolidated ledger.
/// </summary>
public abstract class ConsolidationDossiersApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task UniteAllocationDossiers_EntreesSortiesEtUaSuccessives_ConsolidatesFromDossiersEvents()
    {
        using var client = await Factory.AdminClientAsync();
        var mere = await UsagerAsync(client, "Mere");
        var fils = await UsagerAsync(client, "Fils");
        var conjoint = await UsagerAsync(client, "Conjoint");
        var menage = await DossierAsync(client, "Ménage", (mere, "requerant"), (fils, "enfant"));
        (await client.PostJsonAsync($"/api/dossiers/{menage}/fiches", new { ficheId = conjoint, role = "conjoint" })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/dossiers/{menage}/unite-allocation", new
        {
            periodes = new object[]
            {
                new { ficheId = mere, role = "requerant", du = "2025-01-01", au = (string?)null },
                new { ficheId = fils, role = "enfant", du = "2025-01-01", au = "2025-03-31" },
                new { ficheId = conjoint, role = "conjoint", du = "2025-07-15", au = (string?)null },
            },
        })).EnsureSuccessStatusCode();
        var independant = await DossierAsync(client, "Fils seul", (fils, "requerant"));
        (await client.PutAsJsonAsync($"/api/dossiers/{independant}/unite-allocation", new
        {
            periodes = new object[] { new { ficheId = fils, role = "requerant", du = "2025-04-01", au = (string?)null } },
        })).EnsureSuccessStatusCode();
        for (var mois = 1; mois <= 12; mois++)
        {
            var date = new DateOnly(2025, mois, 3);
            await VerserAsync(client, mere, date, 1000m);
            await VerserAsync(client, fils, date, 100m);
            await VerserAsync(client, conjoint, date, 10m);
        }

        await Factory.DrainMessagesAsync();
        await Factory.DrainMessagesAsync();

        var membres = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{menage}/membres")).JsonAsync();
        Assert.Equal(3, membres.GetArrayLength());
        var soldes = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{menage}/soldes?date=2025-12-31")).JsonAsync();
        Assert.Equal((12 * 1000m) + (3 * 100m) + (5 * 10m), Solde(soldes, "parGenre", "allocation"));
        var seul = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{independant}/soldes?date=2025-12-31")).JsonAsync();
        Assert.Equal(9 * 100m, Solde(seul, "parGenre", "allocation"));
        var consolidation = await (await client.GetAsync("/api/comptabilite/unites-allocation/consolidation?periode=2025-08")).JsonAsync();
        var aout = consolidation.EnumerateArray().Single(u => u.GetProperty("dossierId").GetGuid() == menage);
        Assert.Equal(1010m, aout.GetProperty("parGenre").EnumerateArray().Single(g => g.GetProperty("cle").GetString() == "allocation").GetProperty("solde").GetDecimal());
    }

    [Fact]
    public async Task TransfertDeDossier_KeepsTheLedger_AccessFollowsTheDossier()
    {
        var serviceA = await Factory.CreateServiceAsync($"A{Guid.NewGuid():N}"[..10]);
        var serviceB = await Factory.CreateServiceAsync($"B{Guid.NewGuid():N}"[..10]);
        var (ancien, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceA);
        var (nouveau, nouveauId) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceB);
        using var _a = ancien;
        using var _n = nouveau;
        using var admin = await Factory.AdminClientAsync();
        var requerant = await UsagerAsync(ancien, "Transfere");
        var dossier = await DossierAsync(ancien, "Transfert", (requerant, "requerant"));
        await PasserAsync(admin, Ecriture("2025-05-05", "Loyer", Ligne("3631", debit: 1200m, uniteAllocationId: dossier), Ligne("1020", credit: 1200m)));
        await Factory.DrainMessagesAsync();
        var avant = await (await ancien.GetAsync($"/api/comptabilite/unites-allocation/{dossier}/grand-livre?au=2025-12-31")).JsonAsync();
        await (await nouveau.GetAsync($"/api/comptabilite/unites-allocation/{dossier}/soldes")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.dossier-introuvable");

        (await ancien.PostJsonAsync($"/api/dossiers/{dossier}/transferts", new { serviceId = serviceB, referentId = nouveauId, message = "Déménagement" }))
            .EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        var apres = await (await nouveau.GetAsync($"/api/comptabilite/unites-allocation/{dossier}/grand-livre?au=2025-12-31")).JsonAsync();
        Assert.Equal(avant.GetRawText(), apres.GetRawText());
        Assert.Equal(1200m, apres.GetProperty("soldeCloture").GetDecimal());
        await (await ancien.GetAsync($"/api/comptabilite/unites-allocation/{dossier}/soldes")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.dossier-introuvable");
    }

    [Fact]
    public async Task SoldesUniteAllocation_DossierDejaLuParQuiVoitTout_RestreintNeVoitQueLeSien()
    {
        var serviceA = await Factory.CreateServiceAsync($"A{Guid.NewGuid():N}"[..10]);
        var serviceB = await Factory.CreateServiceAsync($"B{Guid.NewGuid():N}"[..10]);
        var (referent, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceA);
        var (autre, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceB);
        var (direction, _) = await Factory.UserClientAsync(Metiers.Direction);
        var (administratif, _) = await Factory.UserClientAsync(Metiers.Administratif, serviceA);
        using var _r = referent;
        using var _x = administratif;
        using var _a = autre;
        using var _d = direction;
        using var admin = await Factory.AdminClientAsync();
        var requerant = await UsagerAsync(referent, "DejaLu");
        var dossier = await DossierAsync(referent, "Déjà lu", (requerant, "requerant"));
        await PasserAsync(admin, Ecriture("2025-05-05", "Loyer", Ligne("3631", debit: 1200m, uniteAllocationId: dossier), Ligne("1020", credit: 1200m)));
        await Factory.DrainMessagesAsync();
        var soldes = $"/api/comptabilite/unites-allocation/{dossier}/soldes?date=2025-12-31";

        // Administration and direction read it first: the host now knows the dossier exists.
        Assert.Equal(1200m, Total(await (await admin.GetAsync(soldes)).JsonAsync()));
        Assert.Equal(1200m, Total(await (await direction.GetAsync(soldes)).JsonAsync()));

        // What they learnt does not open it to anyone else, nor make an unknown dossier exist.
        await (await autre.GetAsync(soldes)).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.dossier-introuvable");
        await (await autre.GetAsync($"/api/comptabilite/unites-allocation/{dossier}/membres")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.dossier-introuvable");
        Assert.Equal(1200m, Total(await (await referent.GetAsync(soldes)).JsonAsync()));
        await (await direction.GetAsync($"/api/comptabilite/unites-allocation/{Guid.NewGuid()}/soldes")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.dossier-introuvable");
        await (await autre.GetAsync($"/api/dossiers/{dossier}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await administratif.GetAsync(soldes)).StatusCode);
    }

    private static async Task<Guid> UsagerAsync(HttpClient client, string nom) =>
        (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom, prenom = "Test", categories = new[] { "usager" } }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> DossierAsync(HttpClient client, string nom, params (Guid FicheId, string Role)[] membres) =>
        (await (await client.PostJsonAsync("/api/dossiers", new
            {
                nom, prestation = "WSH", communeDomicile = 5586, dateOuverture = "2025-01-01",
                fiches = membres.Select(m => new { ficheId = m.FicheId, role = m.Role }).ToArray(),
            }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}

[Trait("Category", "Integration")]
public sealed class ConsolidationDossiersApiTestsSqlite(SqliteComptabiliteFixture fixture) : ConsolidationDossiersApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ConsolidationDossiersApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : ConsolidationDossiersApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
