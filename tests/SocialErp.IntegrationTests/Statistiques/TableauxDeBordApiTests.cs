using System.Net;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Statistiques;

/// <summary>Dashboards over the 2019 demo caseload (four dossiers, postings, social debt), with the communes' populations configured.</summary>
public abstract class TableauxDeBordApiTests(StatistiquesApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Activite2019_SeriesMensuellesEtTotaux()
    {
        using var client = await AdminAsync();

        var tableau = await (await client.GetAsync("/api/statistiques/tableaux-de-bord/activite?du=2019-01&au=2019-12")).JsonAsync();

        Assert.Equal(12, tableau.GetProperty("mois").GetArrayLength());
        Assert.Equal("2019-10", tableau.GetProperty("mois")[9].GetString());
        Assert.Equal([3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3], Serie(tableau, "dossiers-actifs"));
        Assert.Equal([3, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0], Serie(tableau, "entrees"));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 3], Serie(tableau, "sorties"));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 2250, 1200, -250], Serie(tableau, "cout-net"));
        Assert.Equal(562.5m, Serie(tableau, "cout-net-par-dossier")[9]);
        Assert.Equal(25m, Serie(tableau, "taux-sortie")[9]);
        Assert.Equal(100m, Serie(tableau, "taux-sortie")[11]);
        Assert.Equal([0, 0, 0, 0, 0, 1000, 1000, 1000, 800, 800, 1100, 1100], Serie(tableau, "dette-sociale"));
        Assert.Equal(6.8m, Serie(tableau, "duree-moyenne")[9]);
        Assert.Equal(4m, Total(tableau, "dossiers-actifs"));
        Assert.Equal(4m, Total(tableau, "sorties"));
        Assert.Equal(3200m, Total(tableau, "cout-net"));
        Assert.Equal(800m, Total(tableau, "cout-net-par-dossier"));
        Assert.Equal(100m, Total(tableau, "taux-sortie"));
        Assert.Equal(8.3m, Total(tableau, "duree-moyenne-sortis"));
        Assert.Equal(1100m, Total(tableau, "dette-sociale"));
    }

    [Fact]
    public async Task IndicateursOfs2019_TauxDAideSelonLaPopulationConfiguree()
    {
        using var client = await AdminAsync();

        var tableau = await (await client.GetAsync("/api/statistiques/tableaux-de-bord/indicateurs-ofs?du=2019-01&au=2019-12")).JsonAsync();

        Assert.Equal(6m, Total(tableau, "personnes-aidees"));
        Assert.Equal(0.33m, Total(tableau, "taux-aide-sociale"));
        Assert.Equal(100m, Total(tableau, "part-courte-duree"));
        Assert.Equal(800m, Total(tableau, "depense-nette-par-cas"));
        var communes = Repartition(tableau, "taux-aide-par-commune");
        Assert.Equal(["5586:0.4:4:1000", "5591:0.2:1:500", "(sans commune)::1:"], communes);
        var ages = Repartition(tableau, "personnes-par-age");
        Assert.Contains("18-25:33.33:2:6", ages);
        Assert.Contains("0-17:16.67:1:6", ages);
        Assert.Equal([5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 4, 4], Serie(tableau, "personnes-aidees"));
    }

    [Fact]
    public async Task TableauInconnu_404()
    {
        using var client = await Factory.AdminClientAsync();
        await (await client.GetAsync("/api/statistiques/tableaux-de-bord/meteo")).AssertProblemAsync(HttpStatusCode.NotFound, "statistiques.tableau-introuvable");
    }

    [Theory]
    [InlineData("du=2019-13", "du")]
    [InlineData("au=2019", "au")]
    [InlineData("au=2999-01", "au")]
    [InlineData("du=2019-06&au=2019-01", "du")]
    [InlineData("du=2000-01&au=2019-12", "du")]
    public async Task PeriodeInvalide_400(string parametres, string champ)
    {
        using var client = await Factory.AdminClientAsync();
        await (await client.GetAsync($"/api/statistiques/tableaux-de-bord/activite?{parametres}")).AssertFieldErrorsAsync(champ);
    }

    [Fact]
    public async Task Droits_GestionnaireLit_AssistantSocialEtIntegrateurNon()
    {
        var (gestionnaire, _) = await Factory.UserClientAsync(Metiers.Gestionnaire);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial);
        var (integrateur, _) = await Factory.UserClientAsync(Metiers.Integrateur);
        using (gestionnaire)
        using (assistant)
        using (integrateur)
        {
            Assert.Equal(HttpStatusCode.OK, (await gestionnaire.GetAsync("/api/statistiques/tableaux-de-bord/activite")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await assistant.GetAsync("/api/statistiques/tableaux-de-bord/activite")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await integrateur.GetAsync("/api/statistiques/tableaux-de-bord/indicateurs-ofs")).StatusCode);
        }
    }

    private Task<HttpClient> AdminAsync() => DonneesDemoStatistiques.AdminAvecDonneesAsync(fixture, DonneesListes.ChargerAsync);

    private static decimal?[] Serie(JsonElement tableau, string code) =>
        tableau.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code)
            .GetProperty("valeurs").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (decimal?)null : v.GetDecimal()).ToArray();

    private static decimal? Total(JsonElement tableau, string code) =>
        tableau.GetProperty("totaux").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code).GetProperty("valeur") is { ValueKind: JsonValueKind.Number } v
            ? v.GetDecimal() : null;

    private static string[] Repartition(JsonElement tableau, string code) =>
        tableau.GetProperty("repartitions").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code).GetProperty("parts").EnumerateArray()
            .Select(p => $"{p.GetProperty("cle").GetString()}:{Nombre(p.GetProperty("valeur"))}:{p.GetProperty("effectif").GetInt32()}:{Nombre(p.GetProperty("base"))}")
            .ToArray();

    private static string Nombre(JsonElement valeur) =>
        valeur.ValueKind == JsonValueKind.Number ? valeur.GetDecimal().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "";
}

[Trait("Category", "Integration")]
public sealed class TableauxDeBordApiTestsSqlite(StatistiquesSqliteFixture fixture) : TableauxDeBordApiTests(fixture), IClassFixture<StatistiquesSqliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class TableauxDeBordApiTestsPostgreSql(StatistiquesPostgreSqlFixture fixture) : TableauxDeBordApiTests(fixture), IClassFixture<StatistiquesPostgreSqlFixture>;
