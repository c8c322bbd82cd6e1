using System.Net;
using System.Text.Json;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// The service's own books: the journal of all entries, an account's ledger across everyone, the trial balance. Other
/// classes share the fixture's database, so each test posts in its own months of 2041 on its own accounts.
/// </summary>
public abstract class ComptabiliteServiceApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task Ecritures_Filtres_PagesNewestFirstAndFlagsEntriesWithoutVoucher()
    {
        using var client = await Factory.AdminClientAsync();
        await ComptesAsync(client, "4101");
        var fiche = await CreerPersonneAsync(client);
        var ua = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(fiche, "requerant", new DateOnly(2041, 1, 1), null));
        for (var jour = 1; jour <= 5; jour++)
        {
            await PasserAsync(client, new
            {
                date = $"2041-03-0{jour}",
                libelle = jour == 3 ? "Frais Kiosque" : $"Frais {jour}",
                pieceId = jour % 2 == 0 ? Guid.NewGuid() : (Guid?)null,
                lignes = new[]
                {
                    Ligne("3639.4101", debit: jour * 10m, ficheId: jour == 3 ? fiche : null, uniteAllocationId: jour == 5 ? ua : null),
                    Ligne("1099.4101", credit: jour * 10m),
                },
            });
        }

        await VerserAsync(client, fiche, new DateOnly(2041, 3, 6), 999m);
        const string mars = "/api/comptabilite/ecritures?du=2041-03-01&au=2041-03-31";

        var page1 = await (await client.GetAsync($"{mars}&compte=3639.4101&pageSize=2")).JsonAsync();
        var page3 = await (await client.GetAsync($"{mars}&compte=3639.4101&pageSize=2&page=3")).JsonAsync();
        var croissant = await (await client.GetAsync($"{mars}&compte=3639.4101&pageSize=2&sort=date")).JsonAsync();

        Assert.Equal((5, 1, 2), (page1.GetProperty("total").GetInt32(), page1.GetProperty("page").GetInt32(), page1.GetProperty("pageSize").GetInt32()));
        Assert.Equal(["2041-03-05", "2041-03-04"], Dates(page1));
        Assert.Equal(["2041-03-01"], Dates(page3));
        Assert.Equal(["2041-03-01", "2041-03-02"], Dates(croissant));
        var premiere = page1.GetProperty("items")[0];
        Assert.True(premiere.GetProperty("sansPiece").GetBoolean());
        Assert.False(page1.GetProperty("items")[1].GetProperty("sansPiece").GetBoolean());
        Assert.Equal(["3639.4101", "1099.4101"], premiere.GetProperty("lignes").EnumerateArray().Select(l => l.GetProperty("compte").GetString()!));
        Assert.Equal(50m, premiere.GetProperty("total").GetDecimal());
        Assert.Equal(6, (await (await client.GetAsync(mars)).JsonAsync()).GetProperty("total").GetInt32());
        var sans = await (await client.GetAsync($"{mars}&compte=3639.4101&piece=sans")).JsonAsync();
        Assert.Equal(3, sans.GetProperty("total").GetInt32());
        Assert.All(sans.GetProperty("items").EnumerateArray(), e => Assert.True(e.GetProperty("sansPiece").GetBoolean()));
        Assert.Equal(2, (await (await client.GetAsync($"{mars}&compte=3639.4101&piece=avec")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(["2041-03-06", "2041-03-03"], Dates(await (await client.GetAsync($"{mars}&ficheId={fiche}")).JsonAsync()));
        Assert.Equal(["2041-03-05"], Dates(await (await client.GetAsync($"{mars}&dossierId={ua}")).JsonAsync()));
        Assert.Equal(["2041-03-03"], Dates(await (await client.GetAsync($"{mars}&q=kiosque")).JsonAsync()));
    }

    [Fact]
    public async Task GrandLivreCompte_ExtourneEtPages_RunningBalanceCarriedAcrossPages()
    {
        using var client = await Factory.AdminClientAsync();
        await ComptesAsync(client, "4102");
        await Payer(client, "2041-04-20", 100m, "4102");
        await Payer(client, "2041-05-02", 200m, "4102");
        var erronee = await Payer(client, "2041-05-10", 300m, "4102");
        await (await client.PostJsonAsync($"/api/comptabilite/ecritures/{erronee.GetProperty("id").GetGuid()}/extourne", new { date = "2041-05-15" }))
            .JsonAsync(HttpStatusCode.Created);
        await Payer(client, "2041-05-20", 50m, "4102");
        const string livre = "/api/comptabilite/comptes/3639.4102/grand-livre?du=2041-05-01&au=2041-05-31";

        var complet = await (await client.GetAsync(livre)).JsonAsync();
        var page2 = await (await client.GetAsync($"{livre}&pageSize=2&page=2")).JsonAsync();

        Assert.Equal(("3639.4102", "charge", "charge"), (complet.GetProperty("compte").GetString(), complet.GetProperty("classe").GetString(), complet.GetProperty("genre").GetString()));
        Assert.Equal("100.00", complet.GetProperty("soldeOuverture").GetRawText());
        var lignes = complet.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal([300m, 600m, 300m, 350m], lignes.Select(l => l.GetProperty("solde").GetDecimal()));
        Assert.Equal((0m, 300m), (lignes[2].GetProperty("debit").GetDecimal(), lignes[2].GetProperty("credit").GetDecimal()));
        Assert.StartsWith("Extourne", lignes[2].GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.Equal((550m, 300m), (complet.GetProperty("totalDebit").GetDecimal(), complet.GetProperty("totalCredit").GetDecimal()));
        Assert.Equal("350.00", complet.GetProperty("soldeCloture").GetRawText());
        Assert.Equal(4, complet.GetProperty("total").GetInt32());
        Assert.Equal(600m, page2.GetProperty("soldeReport").GetDecimal());
        Assert.Equal([300m, 350m], page2.GetProperty("lignes").EnumerateArray().Select(l => l.GetProperty("solde").GetDecimal()));
        Assert.Equal((350m, 4), (page2.GetProperty("soldeCloture").GetDecimal(), page2.GetProperty("total").GetInt32()));
        var contrepartie = await (await client.GetAsync("/api/comptabilite/comptes/1099.4102/grand-livre?au=2041-05-31")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, contrepartie.GetProperty("du").ValueKind);
        Assert.Equal((0m, -350m), (contrepartie.GetProperty("soldeOuverture").GetDecimal(), contrepartie.GetProperty("soldeCloture").GetDecimal()));
    }

    [Fact]
    public async Task Balance_AUneDate_DebitsEqualCreditsAndCountsOnlyLinesUpToTheDate()
    {
        using var client = await Factory.AdminClientAsync();
        await ComptesAsync(client, "4103");
        var avant = await (await client.GetAsync("/api/comptabilite/balance?au=2041-08-31")).JsonAsync();
        await Payer(client, "2041-09-05", 123.45m, "4103");
        await Payer(client, "2041-09-10", 76.55m, "4103");

        var milieu = await (await client.GetAsync("/api/comptabilite/balance?au=2041-09-07")).JsonAsync();
        var apres = await (await client.GetAsync("/api/comptabilite/balance?au=2041-09-30")).JsonAsync();

        Assert.Equal(("123.45", "0.00", "123.45"), Compte(milieu, "3639.4103"));
        Assert.Equal(("200.00", "0.00", "200.00"), Compte(apres, "3639.4103"));
        Assert.Equal(("0.00", "200.00", "-200.00"), Compte(apres, "1099.4103"));
        var charge = apres.GetProperty("comptes").EnumerateArray().Single(c => c.GetProperty("numero").GetString() == "3639.4103");
        Assert.Equal(("Charge 4103", "charge", "charge"), (charge.GetProperty("libelle").GetString(), charge.GetProperty("classe").GetString(), charge.GetProperty("genre").GetString()));
        Assert.DoesNotContain(avant.GetProperty("comptes").EnumerateArray(), c => c.GetProperty("numero").GetString() == "3639.4103");
        foreach (var balance in new[] { avant, milieu, apres })
        {
            Assert.Equal(balance.GetProperty("totalDebit").GetDecimal(), balance.GetProperty("totalCredit").GetDecimal());
            Assert.Equal(balance.GetProperty("totalSoldesDebiteurs").GetDecimal(), balance.GetProperty("totalSoldesCrediteurs").GetDecimal());
            Assert.True(balance.GetProperty("equilibree").GetBoolean());
            Assert.Equal(0m, balance.GetProperty("comptes").EnumerateArray().Sum(c => c.GetProperty("solde").GetDecimal()));
        }

        Assert.Equal(200m, apres.GetProperty("totalDebit").GetDecimal() - avant.GetProperty("totalDebit").GetDecimal());
    }

    [Fact]
    public async Task VuesDuService_RefusesOtherTradesAndBadParameters()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial);
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable);
        using var _a = assistant;
        using var _c = comptable;

        foreach (var route in new[] { "/api/comptabilite/ecritures", "/api/comptabilite/comptes/1020/grand-livre", "/api/comptabilite/balance" })
        {
            await (await assistant.GetAsync(route)).AssertProblemAsync(HttpStatusCode.Forbidden);
            await (await comptable.GetAsync($"{route}?au=2041-01-31")).JsonAsync();
        }

        await (await admin.GetAsync("/api/comptabilite/ecritures?du=2041-02-01&au=2041-01-01&piece=peut-etre&sort=montant&pageSize=501"))
            .AssertFieldErrorsAsync("du", "piece", "sort", "pageSize");
        await (await admin.GetAsync("/api/comptabilite/ecritures?compte=9999.9999")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.compte-introuvable");
        await (await admin.GetAsync("/api/comptabilite/comptes/9999.9999/grand-livre")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.compte-introuvable");
        await (await admin.GetAsync("/api/comptabilite/comptes/1020/grand-livre?du=2041-02-01&au=2041-01-01")).AssertFieldErrorsAsync("du");
        await (await admin.GetAsync("/api/comptabilite/comptes/1020/grand-livre?page=0")).AssertFieldErrorsAsync("page");
        await (await admin.GetAsync("/api/comptabilite/balance?au=demain")).AssertFieldErrorsAsync("au");
    }

    /// <summary>A charge account and a clearing account of the test's own: 3639.{suffixe} and 1099.{suffixe}.</summary>
    private static async Task ComptesAsync(HttpClient admin, string suffixe)
    {
        await (await admin.PostJsonAsync("/api/comptabilite/comptes", new { numero = $"3639.{suffixe}", libelle = $"Charge {suffixe}", classe = "charge", genre = "charge" }))
            .JsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/comptabilite/comptes", new { numero = $"1099.{suffixe}", libelle = $"Attente {suffixe}", classe = "actif", genre = "attente" }))
            .JsonAsync(HttpStatusCode.Created);
    }

    private static Task<JsonElement> Payer(HttpClient client, string date, decimal montant, string suffixe) =>
        PasserAsync(client, Ecriture(date, $"Charge du {date}", Ligne($"3639.{suffixe}", debit: montant), Ligne($"1099.{suffixe}", credit: montant)));

    private static List<string> Dates(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).ToList();

    private static (string Debit, string Credit, string Solde) Compte(JsonElement balance, string numero)
    {
        var compte = balance.GetProperty("comptes").EnumerateArray().Single(c => c.GetProperty("numero").GetString() == numero);
        return (compte.GetProperty("debit").GetRawText(), compte.GetProperty("credit").GetRawText(), compte.GetProperty("solde").GetRawText());
    }
}

[Trait("Category", "Integration")]
public sealed class ComptabiliteServiceApiTestsSqlite(SqliteComptabiliteFixture fixture) : ComptabiliteServiceApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ComptabiliteServiceApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : ComptabiliteServiceApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
