using System.Net;
using System.Net.Http.Json;
using System.Text;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>Posting entries through HTTP: balance, amounts, accounts, dimensions, immutability, idempotency, refusals.</summary>
public abstract class EcrituresApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task PasserEcriture_Equilibree_Returns201WithLinesDimensionsAndEvents()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        var dossier = await OuvrirUniteAsync(Fixture);

        var response = await client.PostJsonAsync("/api/comptabilite/ecritures", new
        {
            date = "2026-03-05", libelle = "Forfait d'entretien mars", ordinaire = true,
            lignes = new object[]
            {
                new { compte = "3630", debit = 1031.00m, ficheId = fiche, dossierId = dossier, communeDomicile = 5586, prestation = "WSH", typePayeur = "service" },
                new { compte = "1020", credit = 1031m },
            },
        });

        var ecriture = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/comptabilite/ecritures/{ecriture.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal("2026-03", ecriture.GetProperty("periode").GetString());
        Assert.True(ecriture.GetProperty("sansPiece").GetBoolean());
        Assert.Equal("1031.00", ecriture.GetProperty("total").GetRawText());
        var lignes = ecriture.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal(2, lignes.Count);
        Assert.Equal("allocation", lignes[0].GetProperty("genre").GetString());
        Assert.Equal("entretien", lignes[0].GetProperty("typeCharge").GetString());
        Assert.Equal(5586, lignes[0].GetProperty("communeDomicile").GetInt32());
        Assert.Equal("1031.00", lignes[1].GetProperty("credit").GetRawText());
        Assert.Equal("0.00", lignes[1].GetProperty("debit").GetRawText());
        var outbox = Sql.Table(Factory.Database, "comptabilite", "outbox_message");
        var id = ecriture.GetProperty("id").GetGuid();
        Assert.Equal(1, await Sql.ScalarAsync(Factory.Database, $"select count(*) from {outbox} where type = 'comptabilite.ecriture-passee.v1' and aggregate_key = 'ecriture:{id}'"));
        Assert.Equal(1, await Sql.ScalarAsync(Factory.Database, $"select count(*) from {outbox} where type = 'comptabilite.paiement-comptabilise.v1' and aggregate_key = 'dossier:{dossier}'"));
    }

    [Theory]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"compte":"3630","debit":100},{"compte":"1020","credit":90}]}""", "lignes")]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"compte":"3630","debit":100}]}""", "lignes")]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"compte":"3630","debit":100.005},{"compte":"1020","credit":100.005}]}""", "lignes[0].debit")]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"compte":"3630","debit":-100},{"compte":"1020","credit":-100}]}""", "lignes[1].credit")]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"compte":"3630","debit":100,"credit":100},{"compte":"1020","credit":0}]}""", "lignes[1].debit")]
    [InlineData("""{"libelle":"x","lignes":[{"compte":"3630","debit":100},{"compte":"1020","credit":100}]}""", "date")]
    [InlineData("""{"date":"2026-03-05","lignes":[{"compte":"3630","debit":100},{"compte":"1020","credit":100}]}""", "libelle")]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"debit":100},{"compte":"1020","credit":100}]}""", "lignes[0].compte")]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"compte":"3630","debit":100,"typeCharge":"vacances"},{"compte":"1020","credit":100}]}""", "lignes[0].typeCharge")]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"compte":"9999","debit":100},{"compte":"1020","credit":100}]}""", "lignes[0].compte")]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"compte":"3630","debit":100,"ficheId":"0195a0f0-0000-7000-8000-000000000001"},{"compte":"1020","credit":100}]}""", "lignes[0].ficheId")]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"compte":"3630","debit":100,"dossierId":"0195a0f0-0000-7000-8000-000000000001"},{"compte":"1020","credit":100}]}""", "lignes[0].dossierId")]
    [InlineData("""{"date":"2026-03-05","libelle":"x","lignes":[{"compte":"3630","debit":100,"uniteAllocationId":"0195a0f0-0000-7000-8000-000000000001"},{"compte":"1020","credit":100}]}""", "lignes[0].uniteAllocationId")]
    public async Task PasserEcriture_BadInput_Returns400NamingTheFieldAndPostsNothing(string json, string field)
    {
        using var client = await Factory.AdminClientAsync();
        var avant = await NombreEcrituresAsync();

        var response = await client.PostAsync("/api/comptabilite/ecritures", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.AssertFieldErrorsAsync(field);
        Assert.Equal(avant, await NombreEcrituresAsync());
    }

    [Fact]
    public async Task PasserEcriture_CompteInactif_Returns400()
    {
        using var client = await Factory.AdminClientAsync();
        var numero = $"3{Random.Shared.Next(700, 999)}.{Random.Shared.Next(1, 9999)}";
        var compte = await (await client.PostJsonAsync("/api/comptabilite/comptes", new { numero, libelle = "Temporaire", classe = "charge", genre = "charge" }))
            .JsonAsync(HttpStatusCode.Created);
        (await client.PatchAsJsonAsync($"/api/comptabilite/comptes/{compte.GetProperty("id").GetGuid()}", new { actif = false })).EnsureSuccessStatusCode();

        var response = await client.PostJsonAsync("/api/comptabilite/ecritures", Ecriture("2026-03-05", "x", Ligne(numero, debit: 10m), Ligne("1020", credit: 10m)));

        var problem = await response.AssertFieldErrorsAsync("lignes[0].compte");
        Assert.Contains("inactif", problem.GetProperty("errors").GetProperty("lignes[0].compte")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ecriture_Immuable_NoRouteChangesOrDeletesIt()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        var id = (await VerserAsync(client, fiche, new DateOnly(2026, 3, 1), 50m)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PutAsJsonAsync($"/api/comptabilite/ecritures/{id}", new { libelle = "autre" })).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.DeleteAsync($"/api/comptabilite/ecritures/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PatchAsJsonAsync($"/api/comptabilite/ecritures/{id}", new { libelle = "autre" })).StatusCode);
        var relue = await (await client.GetAsync($"/api/comptabilite/ecritures/{id}")).JsonAsync();
        Assert.Equal("Versement", relue.GetProperty("libelle").GetString());
    }

    [Fact]
    public async Task IdempotencyKey_Replay_ReturnsFirstResultAndCreatesNothing()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        var corps = Ecriture("2026-04-02", "Loyer", Ligne("3631", debit: 1450m, ficheId: fiche), Ligne("1020", credit: 1450m));
        var cle = Guid.NewGuid().ToString();

        var premiere = await PostAvecCleAsync(client, "/api/comptabilite/ecritures", corps, cle);
        var seconde = await PostAvecCleAsync(client, "/api/comptabilite/ecritures", corps, cle);

        var a = await premiere.JsonAsync(HttpStatusCode.Created);
        var b = await seconde.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(a.GetProperty("id").GetGuid(), b.GetProperty("id").GetGuid());
        Assert.Equal(a.GetRawText(), b.GetRawText());
        Assert.Equal(premiere.Headers.Location, seconde.Headers.Location);
        Assert.True(seconde.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(1, await NombreLignesDeAsync(fiche));
    }

    [Fact]
    public async Task IdempotencyKey_AutreCorps_Returns409AndCreatesNothing()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        var cle = Guid.NewGuid().ToString();
        (await PostAvecCleAsync(client, "/api/comptabilite/ecritures", Ecriture("2026-04-02", "Loyer", Ligne("3631", debit: 10m, ficheId: fiche), Ligne("1020", credit: 10m)), cle))
            .EnsureSuccessStatusCode();

        var response = await PostAvecCleAsync(
            client, "/api/comptabilite/ecritures", Ecriture("2026-04-02", "Loyer", Ligne("3631", debit: 11m, ficheId: fiche), Ligne("1020", credit: 11m)), cle);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.cle-idempotence-reutilisee");
        Assert.Equal(1, await NombreLignesDeAsync(fiche));
    }

    [Fact]
    public async Task IdempotencyKey_EnvoisSimultanes_OneEntry()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        var corps = Ecriture("2026-04-03", "Avance", Ligne("1061", debit: 300m, ficheId: fiche), Ligne("1020", credit: 300m));
        var cle = Guid.NewGuid().ToString();

        var reponses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAvecCleAsync(client, "/api/comptabilite/ecritures", corps, cle)));

        var ids = new HashSet<Guid>();
        foreach (var reponse in reponses)
        {
            ids.Add((await reponse.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }

        Assert.Single(ids);
        Assert.Equal(1, await NombreLignesDeAsync(fiche));
    }

    [Fact]
    public async Task PasserEcriture_Refusals_401And403()
    {
        using var anonyme = Factory.CreateClient();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial);
        using var _a = assistant;
        var corps = Ecriture("2026-03-05", "x", Ligne("3630", debit: 1m), Ligne("1020", credit: 1m));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.PostJsonAsync("/api/comptabilite/ecritures", corps)).StatusCode);
        await (await assistant.PostJsonAsync("/api/comptabilite/ecritures", corps)).AssertProblemAsync(HttpStatusCode.Forbidden, "acces-refuse");
    }

    [Fact]
    public async Task ObtenirEcriture_InconnueOuInvisible_Returns404()
    {
        using var admin = await Factory.AdminClientAsync();
        var service = await Factory.CreateServiceAsync($"C{Guid.NewGuid():N}"[..10]);
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable, service);
        using var _c = comptable;
        var ailleurs = await CreerPersonneAsync(admin);
        var id = (await VerserAsync(admin, ailleurs, new DateOnly(2026, 3, 1), 20m)).GetProperty("id").GetGuid();

        await (await comptable.GetAsync($"/api/comptabilite/ecritures/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.ecriture-introuvable");
        await (await comptable.GetAsync($"/api/comptabilite/ecritures/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.ecriture-introuvable");
        await (await comptable.PostJsonAsync("/api/comptabilite/ecritures", Ecriture("2026-03-05", "x", Ligne("3630", debit: 1m, ficheId: ailleurs), Ligne("1020", credit: 1m))))
            .AssertFieldErrorsAsync("lignes[0].ficheId");
    }

    private Task<long> NombreEcrituresAsync() =>
        Sql.ScalarAsync(Factory.Database, $"select count(*) from {Sql.Table(Factory.Database, "comptabilite", "ecriture")}");

    private Task<long> NombreLignesDeAsync(Guid fiche) =>
        Sql.ScalarAsync(Factory.Database, $"select count(*) from {Sql.Table(Factory.Database, "comptabilite", "ligne_ecriture")} where lower(cast(fiche_id as text)) = '{fiche}'");
}

[Trait("Category", "Integration")]
public sealed class EcrituresApiTestsSqlite(SqliteComptabiliteFixture fixture) : EcrituresApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class EcrituresApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : EcrituresApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
