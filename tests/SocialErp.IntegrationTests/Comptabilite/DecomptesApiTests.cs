using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;
using static SocialErp.IntegrationTests.Comptabilite.FacturationTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// Settlements: gross aid paid, reimbursements and net per commune of domicile and benefit class, the cantonal key
/// (50 % canton, communes' share by population), CSV and XLSX exports. Dated 2030 so other scenarios do not interfere.
/// </summary>
public abstract class DecomptesApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task Decomptes_CantonEtCommune_NetPerCommuneAndCantonalKey()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await FicheAsync(client, "Decompte", "Alice", "usager");
        var b = await FicheAsync(client, "Decompte", "Bruno", "usager");
        var dossierA = await DossierAsync(client, a, commune: 5586);
        var dossierB = await DossierAsync(client, b, commune: 5591);
        await PasserAsync(client, new
        {
            date = "2030-02-05", libelle = "Entretien février",
            lignes = new object[]
            {
                new { compte = "3630", debit = 1000m, ficheId = a, dossierId = dossierA, communeDomicile = 5586, prestation = "WSH" },
                new { compte = "3631", debit = 600m, uniteAllocationId = dossierB, dossierId = dossierB, communeDomicile = 5591, prestation = "WSH" },
                new { compte = "1020", credit = 1600m },
            },
        });
        await FactureAsync(client, a, "beneficiaire", 250m, date: "2030-03-01", dossierId: dossierA);
        var intervenant = await FicheAsync(client, "Intervenant", "Ivo", "intervenant");
        var tarif = await TarifAsync(client, "conseil", "unite", 90m, "2030-01-01");
        (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new { intervenantId = intervenant, date = "2030-02-10", typePrestation = "conseil", tarif, dossierId = dossierA }))
            .EnsureSuccessStatusCode();

        var canton = await (await client.GetAsync("/api/comptabilite/decomptes?destinataire=canton&periode=2030")).JsonAsync();

        var lignes = canton.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal(2, lignes.Count);
        Assert.Equal([5586, 1000m, 250m, 750m], Valeurs(lignes[0]));
        Assert.Equal([5591, 600m, 0m, 600m], Valeurs(lignes[1]));
        Assert.Equal("WSH", lignes[0].GetProperty("prestation").GetString());
        var totaux = canton.GetProperty("totaux");
        Assert.Equal(1350m, totaux.GetProperty("net").GetDecimal());
        Assert.Equal(675m, totaux.GetProperty("chargeCanton").GetDecimal());
        Assert.Equal(675m, totaux.GetProperty("chargeCommunes").GetDecimal());
        var repartition = canton.GetProperty("repartition").EnumerateArray().ToDictionary(r => r.GetProperty("commune").GetInt32(), r => r.GetProperty("chargeCommunale").GetDecimal());
        Assert.Equal(506.25m, repartition[5586]);
        Assert.Equal(168.75m, repartition[5591]);

        var commune = await (await client.GetAsync("/api/comptabilite/decomptes?destinataire=commune&code=5591&periode=2030-S1")).JsonAsync();
        Assert.Equal(600m, Assert.Single(commune.GetProperty("lignes").EnumerateArray()).GetProperty("net").GetDecimal());
        Assert.Equal(168.75m, commune.GetProperty("totaux").GetProperty("aCharge").GetDecimal());
        var troisieme = await (await client.GetAsync("/api/comptabilite/decomptes?destinataire=canton&code=VD&periode=2030-T3")).JsonAsync();
        Assert.Equal(0, troisieme.GetProperty("lignes").GetArrayLength());
        var mars = await (await client.GetAsync("/api/comptabilite/decomptes?destinataire=canton&periode=2030-03")).JsonAsync();
        Assert.Equal(-250m, mars.GetProperty("totaux").GetProperty("net").GetDecimal());

        var csv = await client.GetAsync("/api/comptabilite/decomptes?destinataire=canton&periode=2030&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var texte = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.Equal(
            ["commune;prestation;brut;remboursements;net", "5586;WSH;1000.00;250.00;750.00", "5591;WSH;600.00;0.00;600.00", "total;;1600.00;250.00;1350.00"],
            texte.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var xlsx = await client.GetAsync("/api/comptabilite/decomptes?destinataire=canton&periode=2030&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var classeur = document.WorkbookPart!;
        Assert.Equal(["Décompte 2030", "Répartition"], classeur.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
        var premiere = classeur.WorksheetParts.First(p => classeur.GetIdOfPart(p) == classeur.Workbook.Descendants<Sheet>().First().Id!.Value);
        var rangees = premiere.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.CellValue?.Text ?? c.InnerText).ToList()).ToList();
        Assert.Equal(["5586", "WSH", "1000.00", "250.00", "750.00"], rangees[1]);
        Assert.Equal("1350.00", rangees[^1][4]);
    }

    [Fact]
    public async Task Decomptes_MauvaisesDemandesEtRefus_PreciseProblems()
    {
        using var client = await Factory.AdminClientAsync();
        var (assistant, comptable) = await EquipeAsync(Factory);
        using var _a = assistant;
        using var _c = comptable;

        await (await client.GetAsync("/api/comptabilite/decomptes?destinataire=canton&periode=2030-13")).AssertFieldErrorsAsync("periode");
        await (await client.GetAsync("/api/comptabilite/decomptes?destinataire=pays&periode=2030")).AssertFieldErrorsAsync("destinataire");
        await (await client.GetAsync("/api/comptabilite/decomptes?destinataire=commune&code=Lausanne&periode=2030")).AssertFieldErrorsAsync("code");
        await (await client.GetAsync("/api/comptabilite/decomptes?destinataire=canton&code=BE&periode=2030")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.canton-inconnu");
        await (await client.GetAsync("/api/comptabilite/decomptes?destinataire=canton&periode=2030&format=pdf")).AssertFieldErrorsAsync("format");
        await (await assistant.GetAsync("/api/comptabilite/decomptes?destinataire=canton&periode=2030")).AssertProblemAsync(HttpStatusCode.Forbidden);
        (await comptable.GetAsync("/api/comptabilite/decomptes?destinataire=canton&periode=2030")).EnsureSuccessStatusCode();
    }

    private static object[] Valeurs(System.Text.Json.JsonElement ligne) =>
        [ligne.GetProperty("commune").GetInt32(), ligne.GetProperty("brut").GetDecimal(), ligne.GetProperty("remboursements").GetDecimal(), ligne.GetProperty("net").GetDecimal()];
}

[Trait("Category", "Integration")]
public sealed class DecomptesApiTestsSqlite(SqliteComptabiliteFixture fixture) : DecomptesApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DecomptesApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : DecomptesApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
