using System.Net;
using System.Text.Json;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.IntegrationTests.Dossiers;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.FacturationTestKit;
using static SocialErp.IntegrationTests.Comptabilite.SeancesTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// Session billing follows changes after billing: a session signed absent or shortened is credited (a credit note on
/// the original invoice, per funder), a cap raise or a rate change is supplemented or credited, a forfait is billed
/// once and follows its amount, a re-run with nothing changed issues nothing, and concurrent runs bill once.
/// </summary>
public abstract class FacturationSeancesCorrectionsApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task Corrections_SeanceAbsenteEtDureeCorrigee_AvoirExactParFinanceurSurLaFactureOrigine()
    {
        using var client = await Factory.AdminClientAsync();
        var dossier = await DossierAsync(client, await FicheAsync(client, "Usager", "Noa", "usager"));
        var canton = await OrganisationAsync(client, Unique("Canton "), "financeur");
        var fondation = await OrganisationAsync(client, Unique("Fondation "), "financeur");
        await FinancerAsync(client, dossier, new
        {
            convention = new { reference = "CONV-C-1", heuresFinancees = 40m }, financeurPrincipalId = canton, typeFinanceur = "mixte", modeMontant = "taux-horaire",
            montant = 100m, repartition = "pourcentage", partPrincipale = 60m, coFinanceurs = new[] { new { ficheId = fondation, part = 40m } },
        });
        var annulee = await SeanceAsync(client, dossier, "2025-03-03T09:00:00Z", "2025-03-03T11:00:00Z", "present");
        var corrigee = await SeanceAsync(client, dossier, "2025-03-10T09:00:00Z", "2025-03-10T11:00:00Z", "present");
        await Factory.DrainMessagesAsync();
        var premiere = await ExecuterAsync(client, "2025-03");
        var origines = FacturesDu(premiere, dossier).ToDictionary(f => f.GetProperty("debiteurId").GetGuid());
        Assert.Equal(240.00m, origines[canton].GetProperty("montant").GetDecimal());
        Assert.Equal(160.00m, origines[fondation].GetProperty("montant").GetDecimal());

        // Signed again absent; the other one's duration corrected by Dossiers (2 h → 1.5 h, a later state).
        (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances/{annulee}/emargement", new { presence = "absent" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        await ComptaTestKit.LivrerAsync(Factory, new SeanceModifieeIntegrationEvent(
            corrigee, dossier, new DateTime(2025, 3, 10, 9, 0, 0, DateTimeKind.Utc), new DateTime(2025, 3, 10, 10, 30, 0, DateTimeKind.Utc), 1.5m, "realisee", "present")
        { OccurredAt = DateTime.UtcNow.AddMinutes(1) });
        var correction = await ExecuterAsync(client, "2025-03");
        var encore = await ExecuterAsync(client, "2025-03");

        // 2 h annulled (200.00) + 0.5 h (50.00) = 250.00: 60 % = 150.00 to the canton, 100.00 to the foundation.
        var avoirs = FacturesDu(correction, dossier);
        Assert.Equal(2, avoirs.Count);
        foreach (var (financeur, montant, annule, reduit) in new[] { (canton, 150.00m, 120.00m, 30.00m), (fondation, 100.00m, 80.00m, 20.00m) })
        {
            var avoir = avoirs.Single(f => f.GetProperty("debiteurId").GetGuid() == financeur);
            Assert.Equal(origines[financeur].GetProperty("id").GetGuid(), avoir.GetProperty("avoirDe").GetGuid());
            Assert.Equal(montant, avoir.GetProperty("montant").GetDecimal());
            Assert.Equal([annule, reduit], Montants(avoir));
            Assert.Equal(["Séance du 03.03.2025 annulée — avoir 2.00 h", "Séance du 10.03.2025 corrigée — avoir 0.50 h"], Libelles(avoir));
            var origine = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs/{origines[financeur].GetProperty("id").GetGuid()}")).JsonAsync();
            Assert.Equal(montant, origine.GetProperty("montantCredite").GetDecimal());
        }

        Assert.Empty(FacturesDu(encore, dossier));
        Assert.Equal("deja-facturee", Assert.Single(Ignorees(encore, dossier)).GetProperty("raison").GetString());
        await ComptaTestKit.AssertControleConformeAsync(Factory);

        // Signed present again: billed again (a new invoice), the credits never exceeded what was billed.
        (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances/{annulee}/emargement", new { presence = "present" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var retour = await ExecuterAsync(client, "2025-03");
        Assert.Equal([120.00m, 80.00m], FacturesDu(retour, dossier).OrderByDescending(f => f.GetProperty("montant").GetDecimal())
            .Select(f => f.GetProperty("montant").GetDecimal()));
        Assert.All(FacturesDu(retour, dossier), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("avoirDe").ValueKind));
    }

    [Fact]
    public async Task Corrections_PlafondReleveEtTauxModifie_SupplementPuisAvoir()
    {
        using var client = await Factory.AdminClientAsync();
        var dossier = await DossierAsync(client, await FicheAsync(client, "Usager", "Ilan", "usager"));
        var office = await OrganisationAsync(client, Unique("Office "), "financeur");
        object Financement(decimal heures, decimal taux) => new
        {
            convention = new { reference = "CONV-C-2", heuresFinancees = heures }, financeurPrincipalId = office, typeFinanceur = "public", modeMontant = "taux-horaire", montant = taux,
        };
        await FinancerAsync(client, dossier, Financement(3m, 50m));
        await SeanceAsync(client, dossier, "2025-04-01T08:00:00Z", "2025-04-01T10:00:00Z", "present");
        await SeanceAsync(client, dossier, "2025-04-08T08:00:00Z", "2025-04-08T10:00:00Z", "present");
        await Factory.DrainMessagesAsync();
        var initiale = Assert.Single(FacturesDu(await ExecuterAsync(client, "2025-04"), dossier));
        Assert.Equal(150.00m, initiale.GetProperty("montant").GetDecimal());

        // Cap raised to 10 h and the rate to 60.00: the capped hour is supplemented, both sessions complemented.
        await FinancerAsync(client, dossier, Financement(10m, 60m));
        await Factory.DrainMessagesAsync();
        var supplement = Assert.Single(FacturesDu(await ExecuterAsync(client, "2025-04"), dossier));
        Assert.Equal(JsonValueKind.Null, supplement.GetProperty("avoirDe").ValueKind);
        Assert.Equal(["Séance du 01.04.2025 — complément (financement modifié)", "Séance du 08.04.2025 — supplément 1.00 h"], Libelles(supplement));
        Assert.Equal([20.00m, 70.00m], Montants(supplement));

        // Rate lowered to 55.00: 2 × 2 h × 5.00 credited, spread over the invoices that billed them (latest first).
        await FinancerAsync(client, dossier, Financement(10m, 55m));
        await Factory.DrainMessagesAsync();
        var baisse = await ExecuterAsync(client, "2025-04");
        var avoirs = FacturesDu(baisse, dossier);
        Assert.All(avoirs, a => Assert.NotEqual(JsonValueKind.Null, a.GetProperty("avoirDe").ValueKind));
        Assert.Equal(20.00m, avoirs.Sum(a => a.GetProperty("montant").GetDecimal()));
        Assert.All(avoirs.SelectMany(Libelles), l => Assert.EndsWith("— avoir (financement modifié)", l, StringComparison.Ordinal));

        var rien = await ExecuterAsync(client, "2025-04");
        Assert.Empty(FacturesDu(rien, dossier));
        Assert.Equal("deja-facturee", Assert.Single(Ignorees(rien, dossier)).GetProperty("raison").GetString());
        var toutes = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?debiteurId={office}")).JsonAsync();
        Assert.Equal(220.00m, toutes.EnumerateArray().Sum(f => f.GetProperty("montant").GetDecimal() * (f.GetProperty("avoirDe").ValueKind == JsonValueKind.Null ? 1 : -1)));
    }

    [Fact]
    public async Task Forfait_FactureUneFoisLeMoisDeLaPremiereSeance_PuisSupplementSiRaleve()
    {
        using var client = await Factory.AdminClientAsync();
        var dossier = await DossierAsync(client, await FicheAsync(client, "Usager", "Ada", "usager"));
        var canton = await OrganisationAsync(client, Unique("Canton "), "financeur");
        var commune = await OrganisationAsync(client, Unique("Commune "), "financeur");
        object Financement(decimal forfait) => new
        {
            convention = new { reference = "CONV-F-1", du = "2025-05-01", au = "2025-12-31" }, financeurPrincipalId = canton, typeFinanceur = "mixte", modeMontant = "forfait",
            montant = forfait, repartition = "pourcentage", partPrincipale = 75m, coFinanceurs = new[] { new { ficheId = commune, part = 25m } },
        };
        await FinancerAsync(client, dossier, Financement(900m));
        await SeanceAsync(client, dossier, "2025-05-06T09:00:00Z", "2025-05-06T11:00:00Z", "present");
        await SeanceAsync(client, dossier, "2025-06-03T09:00:00Z", "2025-06-03T11:00:00Z", "present");
        await Factory.DrainMessagesAsync();

        var mai = await ExecuterAsync(client, "2025-05");
        var juin = await ExecuterAsync(client, "2025-06");
        var maiEncore = await ExecuterAsync(client, "2025-05");

        var factures = FacturesDu(mai, dossier);
        Assert.Equal([675.00m, 225.00m], factures.OrderByDescending(f => f.GetProperty("montant").GetDecimal()).Select(f => f.GetProperty("montant").GetDecimal()));
        Assert.All(factures, f => Assert.Equal("Forfait CONV-F-1 — séances dès le 06.05.2025", Assert.Single(Libelles(f))));
        Assert.Empty(FacturesDu(juin, dossier));
        Assert.Equal("forfait-autre-mois", Assert.Single(Ignorees(juin, dossier)).GetProperty("raison").GetString());
        Assert.Empty(FacturesDu(maiEncore, dossier));
        Assert.Equal("deja-facturee", Assert.Single(Ignorees(maiEncore, dossier)).GetProperty("raison").GetString());

        await FinancerAsync(client, dossier, Financement(1000m));
        await Factory.DrainMessagesAsync();
        var supplements = FacturesDu(await ExecuterAsync(client, "2025-05"), dossier);
        Assert.Equal([75.00m, 25.00m], supplements.OrderByDescending(f => f.GetProperty("montant").GetDecimal()).Select(f => f.GetProperty("montant").GetDecimal()));
        Assert.All(supplements, f => Assert.Equal("Forfait CONV-F-1 — supplément (forfait modifié)", Assert.Single(Libelles(f))));
    }

    [Fact]
    public async Task Concurrence_ExecutionsParalleles_UneSeuleFactureParFinanceur()
    {
        using var client = await Factory.AdminClientAsync();
        var financeur = await OrganisationAsync(client, Unique("Office "), "financeur");
        var dossiers = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var dossier = await DossierAsync(client, await FicheAsync(client, "Usager", $"Par{i}", "usager"));
            await FinancerAsync(client, dossier, new
            {
                convention = new { reference = "CONV-P", heuresFinancees = 20m }, financeurPrincipalId = financeur, typeFinanceur = "public", modeMontant = "taux-horaire", montant = 80m,
            });
            await SeanceAsync(client, dossier, "2025-07-07T09:00:00Z", "2025-07-07T11:00:00Z", "present");
            dossiers.Add(dossier);
        }

        await Factory.DrainMessagesAsync();
        var executions = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var parallele = await Factory.AdminClientAsync();
            var reponse = await parallele.PostJsonAsync(Executions, new { periode = "2025-07" });
            return await reponse.JsonAsync();
        }));

        foreach (var dossier in dossiers)
        {
            Assert.Single(executions.SelectMany(e => FacturesDu(e, dossier)));
        }

        var duFinanceur = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?debiteurId={financeur}")).JsonAsync();
        Assert.Equal(3, duFinanceur.GetArrayLength());
        Assert.All(duFinanceur.EnumerateArray(), f => Assert.Equal(160.00m, f.GetProperty("montant").GetDecimal()));
    }

    [Fact]
    public async Task Idempotence_MemeCle_RejoueSansRienEmettre()
    {
        using var client = await Factory.AdminClientAsync();
        var financeur = await OrganisationAsync(client, Unique("Office "), "financeur");
        var dossier = await DossierAsync(client, await FicheAsync(client, "Usager", "Cle", "usager"));
        await FinancerAsync(client, dossier, new
        {
            convention = new { reference = "CONV-I", heuresFinancees = 20m }, financeurPrincipalId = financeur, typeFinanceur = "public", modeMontant = "taux-horaire", montant = 80m,
        });
        await SeanceAsync(client, dossier, "2025-08-04T09:00:00Z", "2025-08-04T10:00:00Z", "present");
        await Factory.DrainMessagesAsync();
        var cle = Guid.NewGuid().ToString();

        var premiere = await ComptaTestKit.PostAvecCleAsync(client, Executions, new { periode = "2025-08" }, cle);
        var rejouee = await ComptaTestKit.PostAvecCleAsync(client, Executions, new { periode = "2025-08" }, cle);

        var facture = Assert.Single(FacturesDu(await premiere.JsonAsync(), dossier));
        Assert.True(rejouee.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(facture.GetProperty("id").GetGuid(), Assert.Single(FacturesDu(await rejouee.JsonAsync(), dossier)).GetProperty("id").GetGuid());
        var duFinanceur = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?debiteurId={financeur}")).JsonAsync();
        Assert.Equal(1, duFinanceur.GetArrayLength());
        await (await ComptaTestKit.PostAvecCleAsync(client, Executions, new { periode = "2025-09" }, cle)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Fusion_FinanceurFusionnePuisDefusionne_ProjectionSuitEtRienNEstRefacture()
    {
        using var client = await Factory.AdminClientAsync();
        var dossier = await DossierAsync(client, await FicheAsync(client, "Usager", "Fus", "usager"));
        var absorbee = await OrganisationAsync(client, Unique("Office "), "financeur");
        var conservee = await OrganisationAsync(client, Unique("Office "), "financeur");
        await FinancerAsync(client, dossier, new
        {
            convention = new { reference = "CONV-M", heuresFinancees = 20m }, financeurPrincipalId = absorbee, typeFinanceur = "public", modeMontant = "taux-horaire", montant = 80m,
        });
        await SeanceAsync(client, dossier, "2025-10-06T09:00:00Z", "2025-10-06T10:00:00Z", "present");
        await Factory.DrainMessagesAsync();
        Assert.Equal(absorbee, Assert.Single(FacturesDu(await ExecuterAsync(client, "2025-10"), dossier)).GetProperty("debiteurId").GetGuid());

        // Dossiers republishes the funding with the kept fiche: the billed session is not billed again nor credited,
        // a new session is billed to the kept fiche.
        var fusion = await Fiches.FusionsDeTest.FusionnerAsync(client, conservee, absorbee);
        await Factory.DrainMessagesAsync();
        var apresFusion = await ExecuterAsync(client, "2025-10");
        Assert.Empty(FacturesDu(apresFusion, dossier));
        Assert.Equal("deja-facturee", Assert.Single(Ignorees(apresFusion, dossier)).GetProperty("raison").GetString());
        await SeanceAsync(client, dossier, "2025-10-13T09:00:00Z", "2025-10-13T10:00:00Z", "present");
        await Factory.DrainMessagesAsync();
        var nouvelle = Assert.Single(FacturesDu(await ExecuterAsync(client, "2025-10"), dossier));
        Assert.Equal(conservee, nouvelle.GetProperty("debiteurId").GetGuid());
        Assert.Equal(["Séance du 13.10.2025 — 1.00 h"], Libelles(nouvelle));

        // Undone: the funding names the absorbed fiche again; what it was billed before the merge changes nothing.
        await Fiches.FusionsDeTest.AnnulerAsync(client, fusion);
        await Factory.DrainMessagesAsync();
        var apresDefusion = await ExecuterAsync(client, "2025-10");
        Assert.DoesNotContain(FacturesDu(apresDefusion, dossier), f => f.GetProperty("lignes").EnumerateArray()
            .Any(l => l.GetProperty("libelle").GetString()!.StartsWith("Séance du 06.10.2025", StringComparison.Ordinal)));
    }

    private static async Task FinancerAsync(HttpClient client, Guid dossier, object financement) =>
        (await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossier}/financement", financement)).EnsureSuccessStatusCode();

    private static async Task<JsonElement> ExecuterAsync(HttpClient client, string periode) =>
        await (await client.PostJsonAsync(Executions, new { periode })).JsonAsync();
}

[Trait("Category", "Integration")]
public sealed class FacturationSeancesCorrectionsApiTestsSqlite(SqliteComptabiliteFixture fixture)
    : FacturationSeancesCorrectionsApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class FacturationSeancesCorrectionsApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture)
    : FacturationSeancesCorrectionsApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
