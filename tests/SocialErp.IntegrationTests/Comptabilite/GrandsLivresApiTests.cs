using System.Net;
using System.Text.Json;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>Per-person ledgers and their consolidation per allocation unit through membership periods.</summary>
public abstract class GrandsLivresApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task GrandLivrePersonne_Intervalle_OpeningRunningAndClosingBalances()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        await VerserAsync(client, fiche, new DateOnly(2025, 1, 5), 1000m);
        await VerserAsync(client, fiche, new DateOnly(2025, 2, 5), 1000m);
        await VerserAsync(client, fiche, new DateOnly(2025, 2, 10), 450m, "3631");
        await PasserAsync(client, Ecriture("2025-02-20", "Remboursement", Ligne("1020", debit: 200m), Ligne("4260", credit: 200m, ficheId: fiche)));
        await VerserAsync(client, fiche, new DateOnly(2025, 3, 5), 1000m);

        var livre = await (await client.GetAsync($"/api/comptabilite/personnes/{fiche}/grand-livre?du=2025-02-01&au=2025-02-28")).JsonAsync();

        Assert.Equal("1000.00", livre.GetProperty("soldeOuverture").GetRawText());
        var lignes = livre.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal([2000m, 2450m, 2250m], lignes.Select(l => l.GetProperty("solde").GetDecimal()));
        Assert.Equal(1450m, livre.GetProperty("totalDebit").GetDecimal());
        Assert.Equal(200m, livre.GetProperty("totalCredit").GetDecimal());
        Assert.Equal("2250.00", livre.GetProperty("soldeCloture").GetRawText());
        Assert.Equal("Remboursement", lignes[2].GetProperty("libelle").GetString());
        var soldes = await (await client.GetAsync($"/api/comptabilite/personnes/{fiche}/soldes?date=2025-02-28")).JsonAsync();
        Assert.Equal(2450m, Solde(soldes, "parGenre", "allocation"));
        Assert.Equal(-200m, Solde(soldes, "parGenre", "revenu"));
        Assert.Equal(450m, Solde(soldes, "parTypeCharge", "logement"));
        Assert.Equal(450m, Solde(soldes, "parCompte", "3631"));
        await (await client.GetAsync($"/api/comptabilite/personnes/{fiche}/grand-livre?du=2025-03-01&au=2025-02-01")).AssertFieldErrorsAsync("du");
    }

    [Fact]
    public async Task GrandLivrePersonne_FicheInvisibleOuInconnue_Returns404()
    {
        using var admin = await Factory.AdminClientAsync();
        var service = await Factory.CreateServiceAsync($"G{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var ailleurs = await CreerPersonneAsync(admin);

        await (await assistant.GetAsync($"/api/comptabilite/personnes/{ailleurs}/grand-livre")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.fiche-introuvable");
        await (await assistant.GetAsync($"/api/comptabilite/personnes/{Guid.NewGuid()}/soldes")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.fiche-introuvable");
        await (await assistant.GetAsync($"/api/comptabilite/unites-allocation/{Guid.NewGuid()}/soldes")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.dossier-introuvable");
    }

    [Fact]
    public async Task UniteAllocation_EntreesSortiesEnCoursDAnnee_CountsMembersOnlyWhileMembers()
    {
        using var client = await Factory.AdminClientAsync();
        var mere = await CreerPersonneAsync(client, "Mere");
        var fils = await CreerPersonneAsync(client, "Fils");
        var conjoint = await CreerPersonneAsync(client, "Conjoint");
        for (var mois = 1; mois <= 12; mois++)
        {
            var date = new DateOnly(2025, mois, 3);
            await VerserAsync(client, mere, date, 1000m);
            await VerserAsync(client, fils, date, 100m);
            await VerserAsync(client, conjoint, date, 10m);
        }

        // Fils leaves on 31 March; the conjoint joins on 15 July.
        var ua = await OuvrirUniteAsync(Fixture,
            new PeriodeUniteAllocation(mere, "requerant", new DateOnly(2025, 1, 1), null),
            new PeriodeUniteAllocation(fils, "enfant", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)),
            new PeriodeUniteAllocation(conjoint, "conjoint", new DateOnly(2025, 7, 15), null));
        await PasserAsync(client, Ecriture("2025-06-30", "Frais de déménagement du ménage", Ligne("3634", debit: 500m, uniteAllocationId: ua), Ligne("1020", credit: 500m)));

        var soldes = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/soldes?date=2025-12-31")).JsonAsync();

        Assert.Equal((12 * 1000m) + (3 * 100m) + (5 * 10m) + 500m, Solde(soldes, "parGenre", "allocation"));
        Assert.Equal(500m, Solde(soldes, "parTypeCharge", "situation"));
        var mensuels = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/soldes-mensuels?annee=2025")).JsonAsync();
        var mois7 = mensuels.GetProperty("mois")[6];
        var mois8 = mensuels.GetProperty("mois")[7];
        Assert.Equal(1000m, Solde(mois7, "parGenre", "allocation"));
        Assert.Equal(1010m, Solde(mois8, "parGenre", "allocation"));
        Assert.Equal(1100m, Solde(mensuels.GetProperty("mois")[2], "parGenre", "allocation"));
        var livre = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/grand-livre?du=2025-03-01&au=2025-04-30")).JsonAsync();
        Assert.Equal((2 * 1000m) + (2 * 100m), livre.GetProperty("soldeOuverture").GetDecimal());
        Assert.Equal([100m, 1000m, 1000m], livre.GetProperty("lignes").EnumerateArray().Select(l => l.GetProperty("debit").GetDecimal()).Order());
    }

    [Fact]
    public async Task UniteAllocation_DeuxUnitesSuccessives_SplitsThePersonsLedgerAtTheChange()
    {
        using var client = await Factory.AdminClientAsync();
        var personne = await CreerPersonneAsync(client);
        for (var mois = 1; mois <= 6; mois++)
        {
            await VerserAsync(client, personne, new DateOnly(2025, mois, 10), 300m);
        }

        var premiere = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(personne, "requerant", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)));
        var seconde = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(personne, "conjoint", new DateOnly(2025, 4, 1), null));

        var a = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{premiere}/soldes?date=2025-12-31")).JsonAsync();
        var b = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{seconde}/soldes?date=2025-12-31")).JsonAsync();
        var p = await (await client.GetAsync($"/api/comptabilite/personnes/{personne}/soldes?date=2025-12-31")).JsonAsync();

        Assert.Equal(900m, Total(a));
        Assert.Equal(900m, Total(b));
        Assert.Equal(Total(a) + Total(b), Total(p));
    }

    [Fact]
    public async Task UniteAllocation_VirementEntreMembres_IsInternalAndNetsOut()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await CreerPersonneAsync(client);
        var b = await CreerPersonneAsync(client);
        var ua = await OuvrirUniteAsync(Fixture,
            new PeriodeUniteAllocation(a, "requerant", new DateOnly(2025, 1, 1), null),
            new PeriodeUniteAllocation(b, "enfant", new DateOnly(2025, 1, 1), null));
        await VerserAsync(client, a, new DateOnly(2025, 2, 1), 700m);
        var virement = await PasserAsync(client, Ecriture("2025-02-02", "Part de l'enfant",
            Ligne("1050", debit: 250m, ficheId: b), Ligne("1050", credit: 250m, ficheId: a)));

        var livre = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/grand-livre?du=2025-02-01&au=2025-02-28")).JsonAsync();
        var soldes = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/soldes?date=2025-02-28")).JsonAsync();

        var internes = livre.GetProperty("lignes").EnumerateArray().Where(l => l.GetProperty("interne").GetBoolean()).ToList();
        Assert.Equal(2, internes.Count);
        Assert.All(internes, l => Assert.Equal(virement.GetProperty("id").GetGuid(), l.GetProperty("ecritureId").GetGuid()));
        Assert.Equal(0m, Solde(soldes, "parGenre", "courant-personnel"));
        Assert.Equal(700m, Total(soldes));
        var personneB = await (await client.GetAsync($"/api/comptabilite/personnes/{b}/soldes?date=2025-02-28")).JsonAsync();
        Assert.Equal(250m, Solde(personneB, "parGenre", "courant-personnel"));
    }

    [Fact]
    public async Task UniteAllocation_EvenementAncienOuRejoue_ChangesNothing()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await CreerPersonneAsync(client);
        var b = await CreerPersonneAsync(client);
        var ua = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(a, "requerant", new DateOnly(2025, 1, 1), null));
        var v3 = new UniteAllocationModifieeIntegrationEvent(ua, 3,
            [new PeriodeUniteAllocation(a, "requerant", new DateOnly(2025, 1, 1), null), new PeriodeUniteAllocation(b, "enfant", new DateOnly(2025, 5, 1), null)]);
        await LivrerAsync(Factory, v3);
        await LivrerAsync(Factory, new UniteAllocationModifieeIntegrationEvent(ua, 2, [new PeriodeUniteAllocation(a, "requerant", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31))]));
        await LivrerAsync(Factory, v3);

        var membres = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/membres")).JsonAsync();

        Assert.Equal([(a, "2025-01-01"), (b, "2025-05-01")], membres.EnumerateArray().Select(m => (m.GetProperty("ficheId").GetGuid(), m.GetProperty("du").GetString()!)).ToList());
        Assert.All(membres.EnumerateArray(), m => Assert.Equal(JsonValueKind.Null, m.GetProperty("au").ValueKind));
    }

    [Fact]
    public async Task ConsolidationMensuelle_ToutesLesUnites_EqualsEachUnitsMonth()
    {
        using var client = await Factory.AdminClientAsync();
        var a = await CreerPersonneAsync(client);
        var b = await CreerPersonneAsync(client);
        var ua1 = await OuvrirUniteAsync(Fixture,
            new PeriodeUniteAllocation(a, "requerant", new DateOnly(2022, 1, 1), null),
            new PeriodeUniteAllocation(b, "enfant", new DateOnly(2022, 1, 16), null));
        var ua2 = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(b, "requerant", new DateOnly(2021, 1, 1), new DateOnly(2022, 1, 15)));
        await VerserAsync(client, a, new DateOnly(2022, 1, 5), 800m);
        await VerserAsync(client, b, new DateOnly(2022, 1, 10), 50m);
        await VerserAsync(client, b, new DateOnly(2022, 1, 20), 60m);
        await PasserAsync(client, Ecriture("2022-01-25", "Frais du ménage", Ligne("3634", debit: 90m, ficheId: a, uniteAllocationId: ua1), Ligne("1020", credit: 90m)));

        var consolidation = await (await client.GetAsync("/api/comptabilite/unites-allocation/consolidation?periode=2022-01")).JsonAsync();

        decimal Allocation(Guid ua) => consolidation.EnumerateArray().Where(u => u.GetProperty("dossierId").GetGuid() == ua)
            .SelectMany(u => u.GetProperty("parGenre").EnumerateArray()).Where(g => g.GetProperty("cle").GetString() == "allocation").Sum(g => g.GetProperty("solde").GetDecimal());
        Assert.Equal(800m + 60m + 90m, Allocation(ua1));
        Assert.Equal(50m, Allocation(ua2));
        await (await client.GetAsync("/api/comptabilite/unites-allocation/consolidation?periode=2022-13")).AssertFieldErrorsAsync("periode");
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial);
        using var _a = assistant;
        await (await assistant.GetAsync("/api/comptabilite/unites-allocation/consolidation?periode=2022-01")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Trait("Category", "Integration")]
public sealed class GrandsLivresApiTestsSqlite(SqliteComptabiliteFixture fixture) : GrandsLivresApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class GrandsLivresApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : GrandsLivresApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
