using System.Net;
using System.Text.Json;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.IntegrationTests.Dossiers;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.FacturationTestKit;
using static SocialErp.IntegrationTests.Comptabilite.SeancesTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// Signed sessions billed to the dossiers' funders (<c>POST /factures-debiteurs/seances/executions</c>): the funding
/// and the sessions reach Comptabilité through Dossiers' events, a month's sessions signed present are valued by the
/// funding, capped at the funded hours, split between the funders to the centime, one invoice per funder, once.
/// </summary>
public abstract class FacturationSeancesApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task FacturationSeances_TauxHoraireCofinance6040_DeuxFacturesAuCentimeUneSeuleFois()
    {
        using var client = await Factory.AdminClientAsync();
        var dossier = await DossierAsync(client, await FicheAsync(client, "Usager", "Lina", "usager"));
        var canton = await OrganisationAsync(client, Unique("Canton "), "financeur");
        var fondation = await OrganisationAsync(client, Unique("Fondation "), "financeur");
        object Financement(decimal taux) => new
        {
            convention = new { reference = "CONV-S-1", du = "2025-01-01", au = "2025-12-31", heuresFinancees = 20m },
            financeurPrincipalId = canton, typeFinanceur = "mixte", modeMontant = "taux-horaire", montant = taux,
            repartition = "pourcentage", partPrincipale = 60m, coFinanceurs = new[] { new { ficheId = fondation, part = 40m } },
        };
        (await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossier}/financement", Financement(70m))).EnsureSuccessStatusCode();
        (await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossier}/financement", Financement(85.35m))).EnsureSuccessStatusCode();
        await SeanceAsync(client, dossier, "2025-03-03T09:00:00Z", "2025-03-03T11:00:00Z", "present");
        await SeanceAsync(client, dossier, "2025-03-17T14:00:00Z", "2025-03-17T15:30:00Z", "present");
        await SeanceAsync(client, dossier, "2025-03-24T09:00:00Z", "2025-03-24T11:00:00Z", "absent");
        await SeanceAsync(client, dossier, "2025-04-01T09:00:00Z", "2025-04-01T11:00:00Z", "present");
        await Factory.DrainMessagesAsync();

        // A late delivery of the first funding (version 1, 70.00 CHF/h) changes nothing: the projection holds version 2.
        await ComptaTestKit.LivrerAsync(Factory, new FinancementDossierModifieIntegrationEvent(
            dossier, 1, "CONV-S-1", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 20m, canton, "mixte", "taux-horaire", 70m, "pourcentage", 60m,
            [new CoFinanceurDossier(fondation, 40m)]));
        var execution = await (await client.PostJsonAsync(Executions, new { periode = "2025-03" })).JsonAsync();
        var encore = await (await client.PostJsonAsync(Executions, new { periode = "2025-03" })).JsonAsync();

        // 2 h + 1.5 h at 85.35 = 170.70 + 128.03 = 298.73; 60 % = 179.24, the co-funder the rest: 119.49.
        var factures = FacturesDu(execution, dossier);
        Assert.Equal(2, factures.Count);
        var principale = factures.Single(f => f.GetProperty("debiteurId").GetGuid() == canton);
        var cofinancee = factures.Single(f => f.GetProperty("debiteurId").GetGuid() == fondation);
        Assert.Equal(179.24m, principale.GetProperty("montant").GetDecimal());
        Assert.Equal(119.49m, cofinancee.GetProperty("montant").GetDecimal());
        Assert.Equal([102.42m, 76.82m], Montants(principale));
        Assert.Equal([68.28m, 51.21m], Montants(cofinancee));
        Assert.Equal(["Séance du 03.03.2025 — 2.00 h", "Séance du 17.03.2025 — 1.50 h"], Libelles(principale));
        Assert.Equal(Libelles(principale), Libelles(cofinancee));
        Assert.Equal([2m, 1.5m], principale.GetProperty("lignes").EnumerateArray().Select(l => l.GetProperty("quantite").GetDecimal()));
        Assert.All(factures, f =>
        {
            Assert.Equal("2025-03", f.GetProperty("periode").GetString());
            Assert.Equal("2025-03-31", f.GetProperty("date").GetString());
            Assert.Equal("tiers", f.GetProperty("typeDebiteur").GetString());
            Assert.True(CleQrValide(f.GetProperty("reference").GetString()!));
            Assert.All(f.GetProperty("lignes").EnumerateArray(), l =>
            {
                Assert.Equal(dossier, l.GetProperty("dossierId").GetGuid());
                Assert.Equal("4262", l.GetProperty("compteRevenu").GetString());
            });
        });
        Assert.Contains("part 60 %", principale.GetProperty("message").GetString(), StringComparison.Ordinal);
        var ecriture = await (await client.GetAsync($"/api/comptabilite/ecritures/{principale.GetProperty("ecritureId").GetGuid()}")).JsonAsync();
        var lignesEcriture = ecriture.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal(179.24m, lignesEcriture.Where(l => l.GetProperty("compte").GetString() == "1042").Sum(l => l.GetProperty("debit").GetDecimal()));
        Assert.Equal(179.24m, lignesEcriture.Where(l => l.GetProperty("compte").GetString() == "4262").Sum(l => l.GetProperty("credit").GetDecimal()));
        Assert.All(lignesEcriture, l => Assert.Equal(5586, l.GetProperty("communeDomicile").GetInt32()));
        Assert.All(lignesEcriture, l => Assert.Equal("WSH", l.GetProperty("prestation").GetString()));
        Assert.DoesNotContain(Ignorees(execution, dossier), i => i.GetProperty("raison").GetString() is "heures-depassees" or "hors-convention");

        Assert.Empty(FacturesDu(encore, dossier));
        Assert.Equal("deja-facturee", Assert.Single(Ignorees(encore, dossier)).GetProperty("raison").GetString());
        var duCanton = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?debiteurId={canton}")).JsonAsync();
        Assert.Single(duCanton.EnumerateArray());
    }

    [Fact]
    public async Task FacturationSeances_MontantTotalPlafonne_HeuresDepasseesEtHorsConventionSignalees()
    {
        using var client = await Factory.AdminClientAsync();
        var dossier = await DossierAsync(client, await FicheAsync(client, "Usager", "Timo", "usager"));
        var office = await OrganisationAsync(client, Unique("Office "), "financeur");
        (await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossier}/financement", new
        {
            convention = new { reference = "CONV-S-2", du = "2025-03-10", au = "2025-12-31", heuresFinancees = 12m },
            financeurPrincipalId = office, typeFinanceur = "public", modeMontant = "total", montant = 1000m,
        })).EnsureSuccessStatusCode();
        var avantConvention = await SeanceAsync(client, dossier, "2025-03-05T09:00:00Z", "2025-03-05T11:00:00Z", "present");
        await SeanceAsync(client, dossier, "2025-03-12T08:00:00Z", "2025-03-12T12:00:00Z", "present");
        await SeanceAsync(client, dossier, "2025-03-19T08:00:00Z", "2025-03-19T12:00:00Z", "present");
        await SeanceAsync(client, dossier, "2025-03-26T08:00:00Z", "2025-03-26T11:00:00Z", "present");
        var avril = await SeanceAsync(client, dossier, "2025-04-02T08:00:00Z", "2025-04-02T10:00:00Z", "present");
        await Factory.DrainMessagesAsync();

        var mars = await (await client.PostJsonAsync(Executions, new { periode = "2025-03", date = "2025-04-03" })).JsonAsync();
        var avrilExecution = await (await client.PostJsonAsync(Executions, new { periode = "2025-04" })).JsonAsync();
        var apres = await (await client.PostJsonAsync(Executions, new { periode = "2025-04" })).JsonAsync();

        // 1000 CHF for 12 h, valued on the cumulated hours: 4 h → 333.33, 8 h → 666.67, 11 h → 916.67.
        var facture = Assert.Single(FacturesDu(mars, dossier));
        Assert.Equal(916.67m, facture.GetProperty("montant").GetDecimal());
        Assert.Equal([333.33m, 333.34m, 250.00m], Montants(facture));
        Assert.Equal("2025-04-03", facture.GetProperty("date").GetString());
        var hors = Assert.Single(Ignorees(mars, dossier));
        Assert.Equal("hors-convention", hors.GetProperty("raison").GetString());
        Assert.Equal([avantConvention], hors.GetProperty("seances").EnumerateArray().Select(s => s.GetGuid()));

        // April: 1 h left of the 12 funded, the rest of the 2 h session is not billed; the 12 h add up to the total.
        var solde = Assert.Single(FacturesDu(avrilExecution, dossier));
        Assert.Equal(83.33m, solde.GetProperty("montant").GetDecimal());
        Assert.Equal(1000.00m, facture.GetProperty("montant").GetDecimal() + solde.GetProperty("montant").GetDecimal());
        Assert.Equal("Séance du 02.04.2025 — 1.00 h sur 2.00 h (plafond des heures financées)", Assert.Single(Libelles(solde)));
        var depassees = Assert.Single(Ignorees(avrilExecution, dossier));
        Assert.Equal("heures-depassees", depassees.GetProperty("raison").GetString());
        Assert.Equal(1m, depassees.GetProperty("heures").GetDecimal());
        Assert.Equal([avril], depassees.GetProperty("seances").EnumerateArray().Select(s => s.GetGuid()));
        // Nothing changed: nothing issued, and the capped hour is still reported.
        Assert.Empty(FacturesDu(apres, dossier));
        Assert.Equal(["heures-depassees", "deja-facturee"], Ignorees(apres, dossier).Select(i => i.GetProperty("raison").GetString()));
    }

    [Fact]
    public async Task FacturationSeances_DossierBloqueOuSansEmargement_RienEmisEtRaisonDonnee()
    {
        using var client = await Factory.AdminClientAsync();
        var canton = await OrganisationAsync(client, Unique("Canton "), "financeur");
        var dossiers = new Dictionary<string, Guid>();
        foreach (var (cas, mode) in new[] { ("rompu", "taux-horaire"), ("planifie", "taux-horaire") })
        {
            dossiers[cas] = await DossierAsync(client, await FicheAsync(client, "Usager", cas, "usager"));
            (await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossiers[cas]}/financement", new
            {
                convention = new { reference = "CONV-S-3", heuresFinancees = 50m }, financeurPrincipalId = canton, typeFinanceur = "public", modeMontant = mode, montant = 90m,
            })).EnsureSuccessStatusCode();
            await SeanceAsync(client, dossiers[cas], "2025-05-06T09:00:00Z", "2025-05-06T11:00:00Z", cas == "planifie" ? null : "present");
        }

        (await client.PostJsonAsync($"/api/dossiers/{dossiers["rompu"]}/evenements", new { type = "RUPTURE", date = "2025-05-20", motif = "Arrêt décidé par le financeur" }))
            .EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        var execution = await (await client.PostJsonAsync(Executions, new { periode = "2025-05" })).JsonAsync();

        Assert.Empty(dossiers.Values.SelectMany(d => FacturesDu(execution, d)));
        var rompu = Assert.Single(Ignorees(execution, dossiers["rompu"]));
        Assert.Equal("facturation-bloquee", rompu.GetProperty("raison").GetString());
        Assert.Contains("20.05.2025 (Arrêt décidé par le financeur)", rompu.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("rien-a-facturer", Assert.Single(Ignorees(execution, dossiers["planifie"])).GetProperty("raison").GetString());
        var duCanton = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?debiteurId={canton}")).JsonAsync();
        Assert.Equal(0, duCanton.GetArrayLength());
    }

    [Fact]
    public async Task FacturationSeances_SansPermissionOuMauvaisePeriode_403Et400()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, comptable) = await ComptaTestKit.EquipeAsync(Factory);
        using (assistant)
        using (comptable)
        {
            await (await assistant.PostJsonAsync(Executions, new { periode = "2025-03" })).AssertProblemAsync(HttpStatusCode.Forbidden);
            (await comptable.PostJsonAsync(Executions, new { periode = "2024-01" })).EnsureSuccessStatusCode();
        }

        var ceMois = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var periode in new[] { "2025", "2025-T1", "2025-3", "mars", ceMois })
        {
            await (await admin.PostJsonAsync(Executions, new { periode })).AssertFieldErrorsAsync("periode");
        }

        var futur = await (await admin.PostJsonAsync(Executions, new { periode = "2099-01" })).AssertFieldErrorsAsync("periode");
        Assert.Contains("n'est pas terminé", futur.GetProperty("errors").GetProperty("periode")[0].GetString(), StringComparison.Ordinal);
    }

}

[Trait("Category", "Integration")]
public sealed class FacturationSeancesApiTestsSqlite(SqliteComptabiliteFixture fixture) : FacturationSeancesApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class FacturationSeancesApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : FacturationSeancesApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
