using System.Text.Json;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// Undoing a fiche merge as the ledger sees it: each person has their own ledger again, the merges carried along go
/// back, the units' membership follows whatever order Dossiers' snapshot and the undoing arrive in, and a redelivery
/// changes nothing more. Every scenario ends with the integrity check.
/// </summary>
public abstract class DefusionsGrandLivreApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    private static readonly DateOnly Janvier = new(2025, 1, 1);

    [Fact]
    public async Task AnnulerFusion_Drained_ChacunRetrouveSonGrandLivreEtCeQuiSuitLaFusionResteALaConservee()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await CreerPersonneAsync(client, "Garde");
        var absorbee = await CreerPersonneAsync(client, "Doublon");
        var ua = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(absorbee, "requerant", Janvier, null));
        await VerserAsync(client, conservee, new DateOnly(2025, 3, 1), 100m);
        await VerserAsync(client, absorbee, new DateOnly(2025, 3, 2), 40m);
        var fusion = await FusionnerAsync(client, conservee, absorbee);
        await VerserAsync(client, conservee, new DateOnly(2025, 4, 1), 25m);
        Assert.Equal(165m, await SoldeClotureAsync(client, conservee));

        await AnnulerAsync(client, fusion);

        Assert.Equal(125m, await SoldeClotureAsync(client, conservee));
        Assert.Equal(40m, await SoldeClotureAsync(client, absorbee));
        var livre = await (await client.GetAsync($"/api/comptabilite/personnes/{conservee}/grand-livre?au=2025-12-31")).JsonAsync();
        Assert.DoesNotContain(livre.GetProperty("lignes").EnumerateArray(), l => l.GetProperty("ficheId").GetGuid() == absorbee);
        Assert.Equal([absorbee], await MembresAsync(client, ua));
        Assert.Equal(40m, Total(await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/soldes?date=2025-12-31")).JsonAsync()));
        var repointages = Sql.Table(Factory.Database, "comptabilite", "repointage");
        Assert.Equal(0, await Sql.ScalarAsync(Factory.Database, $"select count(*) from {repointages} where lower(cast(absorbee_id as text)) = '{absorbee}'"));
    }

    [Fact]
    public async Task AnnulerFusion_FusionAnterieureEmportee_RevientALaFicheRetablie()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await CreerPersonneAsync(client, "Premiere");
        var b = await CreerPersonneAsync(client, "Seconde");
        var c = await CreerPersonneAsync(client, "Troisieme");
        await VerserAsync(client, a, new DateOnly(2025, 2, 1), 100m);
        await VerserAsync(client, b, new DateOnly(2025, 2, 2), 20m);
        await VerserAsync(client, c, new DateOnly(2025, 2, 3), 3m);
        await FusionnerAsync(client, b, c);
        var fusion = await FusionnerAsync(client, a, b);
        Assert.Equal(123m, await SoldeClotureAsync(client, a));

        await AnnulerAsync(client, fusion);

        Assert.Equal(100m, await SoldeClotureAsync(client, a));
        Assert.Equal(23m, await SoldeClotureAsync(client, b));
        var livreB = await (await client.GetAsync($"/api/comptabilite/personnes/{b}/grand-livre?au=2025-12-31")).JsonAsync();
        Assert.Contains(livreB.GetProperty("lignes").EnumerateArray(), l => l.GetProperty("ficheId").GetGuid() == c);
    }

    [Fact]
    public async Task AnnulerFusion_InstantaneDeDossiersArriveAvantOuApres_MembresRetablisEtRelivraisonSansEffet()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await CreerPersonneAsync(client, "Parent");
        var absorbee = await CreerPersonneAsync(client, "Enfant");
        var periodes = new[]
        {
            new PeriodeUniteAllocation(conservee, "requerant", Janvier, null),
            new PeriodeUniteAllocation(absorbee, "enfant", new DateOnly(2025, 3, 1), new DateOnly(2025, 8, 31)),
        };
        var avant = await OuvrirUniteAsync(Fixture, periodes);
        var apres = await OuvrirUniteAsync(Fixture, periodes);
        await VerserAsync(client, absorbee, new DateOnly(2025, 5, 5), 70m);
        var fusion = await FusionnerAsync(client, conservee, absorbee);
        Assert.Equal([conservee], await MembresAsync(client, avant));

        // Dossiers' snapshots: after the merge (the child's period joined into the parent's), then after its own
        // undoing, which reaches one unit before the ledger's undoing and the other after it.
        await LivrerAsync(Factory, new UniteAllocationModifieeIntegrationEvent(apres, 2, [periodes[0]]));
        await LivrerAsync(Factory, new UniteAllocationModifieeIntegrationEvent(avant, 2, periodes));
        Assert.Equal([conservee], await MembresAsync(client, avant));
        await AnnulerAsync(client, fusion);
        Assert.Equal([conservee, absorbee], await MembresAsync(client, avant));
        Assert.Equal([conservee], await MembresAsync(client, apres));
        await LivrerAsync(Factory, new UniteAllocationModifieeIntegrationEvent(apres, 3, periodes));

        foreach (var ua in new[] { avant, apres })
        {
            var membres = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/membres")).JsonAsync();
            var enfant = Assert.Single(membres.EnumerateArray(), m => m.GetProperty("ficheId").GetGuid() == absorbee);
            Assert.Equal("2025-03-01", enfant.GetProperty("du").GetString());
            Assert.Equal("2025-08-31", enfant.GetProperty("au").GetString());
            Assert.Equal([conservee, absorbee], await MembresAsync(client, ua));
        }

        await LivrerAsync(Factory, new FichesDefusionneesIntegrationEvent(fusion, conservee, absorbee, []));
        Assert.Equal([conservee, absorbee], await MembresAsync(client, avant));
        Assert.Equal(70m, await SoldeClotureAsync(client, absorbee));
        Assert.Equal(0m, await SoldeClotureAsync(client, conservee));
    }

    private async Task<Guid> FusionnerAsync(HttpClient client, Guid conservee, Guid absorbee)
    {
        var fusion = await FusionsDeTest.FusionnerAsync(client, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        return fusion;
    }

    private async Task AnnulerAsync(HttpClient client, Guid fusion)
    {
        await FusionsDeTest.AnnulerAsync(client, fusion);
        await Factory.DrainMessagesAsync();
    }

    private static async Task<decimal> SoldeClotureAsync(HttpClient client, Guid fiche) =>
        (await (await client.GetAsync($"/api/comptabilite/personnes/{fiche}/grand-livre?au=2025-12-31")).JsonAsync())
            .GetProperty("soldeCloture").GetDecimal();

    private static async Task<List<Guid>> MembresAsync(HttpClient client, Guid ua) =>
        (await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/membres")).JsonAsync())
            .EnumerateArray().Select(m => m.GetProperty("ficheId").GetGuid()).Distinct().ToList();
}

public sealed class DefusionsGrandLivreApiTestsSqlite(SqliteComptabiliteFixture fixture)
    : DefusionsGrandLivreApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DefusionsGrandLivreApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture)
    : DefusionsGrandLivreApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
