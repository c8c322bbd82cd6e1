using System.Net;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>Fiche merges seen by the ledger, and social debt: ageing, repayments, agreements, remission.</summary>
public abstract class FusionsDetteApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task FusionDeFiches_Drained_KeptFichesLedgerIncludesAbsorbedLinesWithoutRewritingThem()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await CreerPersonneAsync(client, "Garde");
        var absorbee = await CreerPersonneAsync(client, "Doublon");
        var ua = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(absorbee, "requerant", new DateOnly(2025, 1, 1), null));
        await VerserAsync(client, conservee, new DateOnly(2025, 3, 1), 100m);
        await VerserAsync(client, absorbee, new DateOnly(2025, 3, 2), 40m);
        await Factory.DrainMessagesAsync();

        (await client.PostJsonAsync("/api/fiches/fusions", new { conserveeId = conservee, absorbeeId = absorbee })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        await Factory.DrainMessagesAsync();

        var livre = await (await client.GetAsync($"/api/comptabilite/personnes/{conservee}/grand-livre?au=2025-12-31")).JsonAsync();
        Assert.Equal(140m, livre.GetProperty("soldeCloture").GetDecimal());
        Assert.Contains(livre.GetProperty("lignes").EnumerateArray(), l => l.GetProperty("ficheId").GetGuid() == absorbee);
        var lignes = Sql.Table(Factory.Database, "comptabilite", "ligne_ecriture");
        Assert.Equal(1, await Sql.ScalarAsync(Factory.Database, $"select count(*) from {lignes} where lower(cast(fiche_id as text)) = '{absorbee}'"));
        var repointages = Sql.Table(Factory.Database, "comptabilite", "repointage");
        Assert.Equal(1, await Sql.ScalarAsync(Factory.Database,
            $"select count(*) from {repointages} where lower(cast(absorbee_id as text)) = '{absorbee}' and lower(cast(conservee_id as text)) = '{conservee}'"));
        var membres = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/membres")).JsonAsync();
        Assert.Equal(conservee, Assert.Single(membres.EnumerateArray()).GetProperty("ficheId").GetGuid());
        var soldesUa = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{ua}/soldes?date=2025-12-31")).JsonAsync();
        Assert.Equal(140m, Total(soldesUa));
    }

    [Fact]
    public async Task DetteSociale_PretRemboursementsEtIndu_OpenDebtAgedOldestFirst()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        await PasserAsync(client, Ecriture("2024-01-10", "Prêt garantie de loyer", Ligne("1062", debit: 2400m, ficheId: fiche), Ligne("1020", credit: 2400m)));
        await PasserAsync(client, Ecriture("2025-06-10", "Second prêt", Ligne("1062", debit: 600m, ficheId: fiche), Ligne("1020", credit: 600m)));
        for (var mois = 1; mois <= 4; mois++)
        {
            await PasserAsync(client, Ecriture($"2025-0{mois}-25", "Remboursement", Ligne("1020", debit: 100m), Ligne("1062", credit: 100m, ficheId: fiche)));
        }

        await PasserAsync(client, Ecriture("2025-09-01", "Indu", Ligne("1064", debit: 820.50m, ficheId: fiche, dossierId: null), Ligne("3630", credit: 820.50m, ficheId: fiche)));

        var dette = await (await client.GetAsync($"/api/comptabilite/dette-sociale?ficheId={fiche}&date=2025-12-31")).JsonAsync();

        Assert.Equal("3420.50", dette.GetProperty("total").GetRawText());
        var pret = dette.GetProperty("personnes").EnumerateArray().Single(p => p.GetProperty("categorie").GetString() == "pret");
        Assert.Equal(2600m, pret.GetProperty("montant").GetDecimal());
        Assert.Equal("2024-01-10", pret.GetProperty("plusAncienne").GetString());
        Assert.Equal(2000m, pret.GetProperty("parTranche").GetProperty("plus-de-730").GetDecimal() + pret.GetProperty("parTranche").GetProperty("366-730").GetDecimal());
        Assert.Equal(600m, pret.GetProperty("parTranche").GetProperty("181-365").GetDecimal());
        Assert.Equal(820.50m, dette.GetProperty("parTranche").GetProperty("91-180").GetDecimal());
        Assert.Equal(["indu-illicite", "pret"], dette.GetProperty("parCategorie").EnumerateArray().Select(c => c.GetProperty("categorie").GetString()));
        var avant = await (await client.GetAsync($"/api/comptabilite/dette-sociale?ficheId={fiche}&date=2024-12-31&categorie=pret")).JsonAsync();
        Assert.Equal(2400m, avant.GetProperty("total").GetDecimal());
        await (await client.GetAsync($"/api/comptabilite/dette-sociale?ficheId={fiche}&categorie=cadeau")).AssertFieldErrorsAsync("categorie");
    }

    [Fact]
    public async Task DetteSociale_SuitLaPersonneDUnDossierAlAutre()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        var ancien = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(fiche, "requerant", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)));
        var nouveau = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(fiche, "requerant", new DateOnly(2025, 1, 1), null));
        await PasserAsync(client, Ecriture("2024-05-10", "Avance", Ligne("1061", debit: 500m, ficheId: fiche, dossierId: ancien), Ligne("1020", credit: 500m)));

        var dansLeNouveau = await (await client.GetAsync($"/api/comptabilite/dette-sociale?dossierId={nouveau}&date=2025-06-30")).JsonAsync();
        var dansLAncien = await (await client.GetAsync($"/api/comptabilite/dette-sociale?dossierId={ancien}&date=2025-06-30")).JsonAsync();

        Assert.Equal(500m, dansLeNouveau.GetProperty("total").GetDecimal());
        Assert.Equal(0m, dansLAncien.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task RemiseDeDette_Direction_WritesOffWithinOpenDebtAndRecordsWhoAuthorised()
    {
        using var admin = await Factory.AdminClientAsync();
        var (direction, directeurId) = await Factory.UserClientAsync(Metiers.Direction);
        var (assistant, comptable) = await EquipeAsync(Factory);
        using var _d = direction;
        using var _a = assistant;
        using var _c = comptable;
        var fiche = await CreerPersonneAsync(assistant);
        await PasserAsync(admin, Ecriture("2025-02-10", "Indu", Ligne("1063", debit: 900m, ficheId: fiche), Ligne("3630", credit: 900m, ficheId: fiche)));
        var convention = await (await comptable.PostJsonAsync("/api/comptabilite/dette-sociale/conventions", new { ficheId = fiche, categorie = "indu-licite", montantMensuel = 50m, du = "2025-03-01" }))
            .JsonAsync(HttpStatusCode.Created);
        var remise = new { ficheId = fiche, categorie = "indu-licite", montant = 300m, date = "2025-10-01", motif = "Situation précaire durable", decision = "DIR-2025-14" };

        await (await comptable.PostJsonAsync("/api/comptabilite/dette-sociale/remises", remise)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await direction.PostJsonAsync("/api/comptabilite/dette-sociale/remises", remise with { montant = 900.01m }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.dette-insuffisante");
        await (await direction.PostJsonAsync("/api/comptabilite/dette-sociale/remises", remise with { motif = "" })).AssertFieldErrorsAsync("motif");
        var cle = Guid.NewGuid().ToString();
        var faite = await (await PostAvecCleAsync(direction, "/api/comptabilite/dette-sociale/remises", remise, cle)).JsonAsync(HttpStatusCode.Created);
        (await PostAvecCleAsync(direction, "/api/comptabilite/dette-sociale/remises", remise, cle)).EnsureSuccessStatusCode();

        Assert.Equal(directeurId, faite.GetProperty("autoriseePar").GetGuid());
        Assert.Equal(["3180", "1063"], faite.GetProperty("ecriture").GetProperty("lignes").EnumerateArray().Select(l => l.GetProperty("compte").GetString()));
        var dette = await (await direction.GetAsync($"/api/comptabilite/dette-sociale?ficheId={fiche}&date=2025-12-31")).JsonAsync();
        var personne = Assert.Single(dette.GetProperty("personnes").EnumerateArray());
        Assert.Equal(600m, personne.GetProperty("montant").GetDecimal());
        Assert.Equal(convention.GetProperty("id").GetGuid(), personne.GetProperty("convention").GetProperty("id").GetGuid());
        var conventions = await (await comptable.GetAsync($"/api/comptabilite/dette-sociale/conventions?ficheId={fiche}")).JsonAsync();
        Assert.Equal(1, conventions.GetArrayLength());
    }

    [Fact]
    public async Task DetteSocialeGlobale_AssistantSocial_Returns403_ComptableSeesAll()
    {
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial);
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable);
        using var _a = assistant;
        using var _c = comptable;

        await (await assistant.GetAsync("/api/comptabilite/dette-sociale")).AssertProblemAsync(HttpStatusCode.Forbidden, "comptabilite.dette-globale-reservee");
        (await comptable.GetAsync("/api/comptabilite/dette-sociale?commune=5586")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task PlanComptable_SeededChartAdminExtends_RefusesDuplicatesBadClassesAndNonAdmins()
    {
        using var admin = await Factory.AdminClientAsync();
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable);
        using var _c = comptable;

        var plan = await (await comptable.GetAsync("/api/comptabilite/comptes")).JsonAsync();
        Assert.Contains(plan.EnumerateArray(), c => c.GetProperty("numero").GetString() == "1020" && c.GetProperty("genre").GetString() == "banque");
        Assert.Contains(plan.EnumerateArray(), c => c.GetProperty("numero").GetString() == "1062" && c.GetProperty("categorieDette").GetString() == "pret");
        var numero = $"4{Random.Shared.Next(700, 999)}.{Random.Shared.Next(1, 9999)}";
        var nouveau = new { numero, libelle = "Participation de la commune", classe = "revenu", genre = "revenu", typeCharge = "subvention" };
        await (await comptable.PostJsonAsync("/api/comptabilite/comptes", nouveau)).AssertProblemAsync(HttpStatusCode.Forbidden);
        (await admin.PostJsonAsync("/api/comptabilite/comptes", nouveau)).EnsureSuccessStatusCode();
        await (await admin.PostJsonAsync("/api/comptabilite/comptes", nouveau)).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.numero-compte-existant");
        await (await admin.PostJsonAsync("/api/comptabilite/comptes", nouveau with { numero = "3999", classe = "revenu" })).AssertFieldErrorsAsync("classe");
        await (await admin.PostJsonAsync("/api/comptabilite/comptes", nouveau with { numero = "1999", classe = "actif", genre = "pret" })).AssertFieldErrorsAsync("categorieDette");
        await (await admin.PostJsonAsync("/api/comptabilite/comptes", nouveau with { numero = "12" })).AssertFieldErrorsAsync("numero");
        var revenus = await (await comptable.GetAsync("/api/comptabilite/comptes?classe=revenu")).JsonAsync();
        Assert.All(revenus.EnumerateArray(), c => Assert.Equal("revenu", c.GetProperty("classe").GetString()));
    }
}

[Trait("Category", "Integration")]
public sealed class FusionsDetteApiTestsSqlite(SqliteComptabiliteFixture fixture) : FusionsDetteApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class FusionsDetteApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : FusionsDetteApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
