using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;
using static SocialErp.IntegrationTests.Comptabilite.PaiementsTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// Money out, end to end: budget runs (once per month, blocked dossiers skipped), batches released by a second user,
/// pain.001 valid against the Swiss schema, camt.054 debits reconciling to zero open payables, supplier invoices.
/// Each test works in its own year: a run takes every budget of its month in the database.
/// </summary>
public abstract class PaiementsSortantsApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task ExecutionBudgets_MonthRunOnce_OrdersAndPostingsAndBlockedDossierSkipped()
    {
        var (assistant, comptable) = await EquipeAsync(Factory);
        using var _a = assistant;
        using var _c = comptable;
        var personne = await PersonneAvecAdresseAsync(assistant, "Payee");
        var bloquee = await PersonneAvecAdresseAsync(assistant, "Bloquee");
        var emprunteur = await PersonneAvecAdresseAsync(assistant, "Emprunteur");
        var regie = await OrganisationAsync(assistant, "Régie");
        var ua = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(personne, "requerant", new DateOnly(2031, 1, 1), null));
        var uaBloquee = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(bloquee, "requerant", new DateOnly(2031, 1, 1), null));
        var uaPret = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(emprunteur, "requerant", new DateOnly(2031, 1, 1), null));
        await CreerAsync(assistant, ua, "allocation", "2031-01-01",
            Ligne("salaire", 500m, personne, iban: null), Ligne("entretien", null, personne),
            Ligne("loyer", 1450m, personne, regie, IbanRegie, "SCOR", ReferenceCreancier));
        await CreerAsync(assistant, uaBloquee, "allocation", "2031-01-01", Ligne("entretien", 1061m, bloquee));
        await CreerAsync(assistant, uaPret, "pret", "2031-03-01", Ligne("situation", 2400m, emprunteur, periodicite: "unique"));
        await LivrerAsync(Factory, new FacturationDossierModifieeIntegrationEvent(uaBloquee, true, new DateOnly(2031, 2, 15), "Séquestre"));

        var execution = await ExecuterAsync(comptable, "2031-03");

        Assert.Equal((3, 3, 2, 1, 0, 3), (execution.GetProperty("total").GetInt32(), execution.GetProperty("traites").GetInt32(),
            execution.GetProperty("payes").GetInt32(), execution.GetProperty("ignores").GetInt32(), execution.GetProperty("enErreur").GetInt32(),
            execution.GetProperty("nombreOrdres").GetInt32()));
        Assert.Equal(561m + 1450m + 2400m, execution.GetProperty("montant").GetDecimal());
        var anomalie = Assert.Single(execution.GetProperty("anomalies").EnumerateArray());
        Assert.Equal((uaBloquee, "ignore"), (anomalie.GetProperty("dossierId").GetGuid(), anomalie.GetProperty("genre").GetString()));
        Assert.Contains("Séquestre", anomalie.GetProperty("motif").GetString(), StringComparison.Ordinal);
        var ordres = await (await comptable.GetAsync($"/api/comptabilite/paiements?mois=2031-03&dossierId={ua}")).JsonAsync();
        Assert.Equal([(561m, "1050", "NON"), (1450m, "2001", "SCOR")], ordres.EnumerateArray()
            .Select(o => (o.GetProperty("montant").GetDecimal(), o.GetProperty("compteContrepartie").GetString(), o.GetProperty("typeReference").GetString()))
            .OrderBy(o => o.Item1));
        Assert.All(ordres.EnumerateArray(), o => Assert.Equal("2031-03-01", o.GetProperty("dateExecution").GetString()));
        var soldes = await (await comptable.GetAsync($"/api/comptabilite/personnes/{personne}/soldes?date=2031-03-31")).JsonAsync();
        Assert.Equal(561m, Solde(soldes, "parCompte", "3630"));
        Assert.Equal(1450m, Solde(soldes, "parCompte", "3631"));
        var dette = await (await comptable.GetAsync($"/api/comptabilite/dette-sociale?ficheId={emprunteur}&date=2031-03-31")).JsonAsync();
        Assert.Equal(2400m, dette.GetProperty("total").GetDecimal());
        Assert.Equal(1450m + 561m, await DettesOuvertesAsync(Factory, ua));
        await Factory.DrainMessagesAsync();
        var echeances = Sql.Table(Factory.Database, "journal", "echeance");
        Assert.Equal(1, await Sql.ScalarAsync(Factory.Database,
            $"select count(*) from {echeances} where lower(cast(dossier_id as text)) = '{ua}' and date = '2031-03-01'"));

        var encore = await (await comptable.PostJsonAsync("/api/comptabilite/budgets/executions", new { mois = "2031-03" })).JsonAsync();
        Assert.Equal(execution.GetProperty("id").GetGuid(), encore.GetProperty("id").GetGuid());
        Assert.Equal(1, encore.GetProperty("anomalies").GetArrayLength());
        Assert.Equal(2, (await (await comptable.GetAsync($"/api/comptabilite/paiements?mois=2031-03&dossierId={ua}")).JsonAsync()).GetArrayLength());
        await (await comptable.PostJsonAsync("/api/comptabilite/budgets/executions", new { mois = "2031-13" })).AssertFieldErrorsAsync("mois");
        await (await assistant.PostJsonAsync("/api/comptabilite/budgets/executions", new { mois = "2031-04" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await comptable.GetAsync($"/api/comptabilite/budgets/executions/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lot_ReleasedBySecondUser_Pain001ValidAndCamt054DebitLeavesNoOpenPayable()
    {
        var (assistant, comptable) = await EquipeAsync(Factory);
        var (direction, directeurId) = await Factory.UserClientAsync(Metiers.Direction);
        using var _a = assistant;
        using var _c = comptable;
        using var _d = direction;
        var personne = await PersonneAvecAdresseAsync(assistant, "Lot");
        var assureur = await OrganisationAsync(assistant, "Assurance");
        var ua = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(personne, "requerant", new DateOnly(2032, 1, 1), null));
        await CreerAsync(assistant, ua, "allocation", "2032-01-01",
            Ligne("entretien", 1061m, personne), Ligne("assurance-maladie", 412.85m, personne, assureur, QrIban, "QRR", ReferenceQr));
        await ExecuterAsync(comptable, "2032-01");

        var lots = await (await comptable.PostJsonAsync("/api/comptabilite/paiements", new { jusquAu = "2032-01-01" })).JsonAsync(HttpStatusCode.Created);
        var lot = lots.EnumerateArray().Single(l => l.GetProperty("dateExecution").GetString() == "2032-01-01");
        var lotId = lot.GetProperty("id").GetGuid();
        Assert.Equal(1473.85m, lot.GetProperty("montant").GetDecimal());
        await (await comptable.GetAsync($"/api/comptabilite/paiements/lots/{lotId}/pain001")).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.statut-incompatible");
        await (await comptable.PostAsync($"/api/comptabilite/paiements/lots/{lotId}/liberation", null)).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.quatre-yeux");
        await (await assistant.PostAsync($"/api/comptabilite/paiements/lots/{lotId}/liberation", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var libere = await (await direction.PostAsync($"/api/comptabilite/paiements/lots/{lotId}/liberation", null)).JsonAsync();
        Assert.Equal(("libere", directeurId), (libere.GetProperty("statut").GetString(), libere.GetProperty("liberePar").GetGuid()));

        var fichier = await comptable.GetAsync($"/api/comptabilite/paiements/lots/{lotId}/pain001");
        Assert.Equal("application/xml", fichier.Content.Headers.ContentType?.MediaType);
        var pain = ValiderPain001(await fichier.Content.ReadAsByteArrayAsync());
        var transactions = pain.Descendants(Pain001 + "CdtTrfTxInf").ToList();
        var ordres = await (await comptable.GetAsync($"/api/comptabilite/paiements?lotId={lotId}")).JsonAsync();
        Assert.Equal(ordres.GetArrayLength().ToString(CultureInfo.InvariantCulture), pain.Descendants(Pain001 + "NbOfTxs").First().Value);
        Assert.Equal(lot.GetProperty("montant").GetDecimal(), decimal.Parse(pain.Descendants(Pain001 + "CtrlSum").First().Value, CultureInfo.InvariantCulture));
        Assert.Equal(ordres.EnumerateArray().Select(o => o.GetProperty("endToEndId").GetString()).Order(),
            transactions.Select(t => t.Element(Pain001 + "PmtId")!.Element(Pain001 + "EndToEndId")!.Value).Order());
        Assert.Contains(transactions, t => t.Descendants(Pain001 + "Ref").Any(r => r.Value == ReferenceQr) && t.Descendants(Pain001 + "Prtry").Any(p => p.Value == "QRR"));

        var avis = AvisDebit(pain, new DateOnly(2032, 1, 1));
        var import = await (await ImporterDebitsAsync(comptable, avis)).JsonAsync();

        Assert.Equal(ordres.GetArrayLength(), import.GetProperty("ordresExecutes").GetInt32());
        Assert.Contains(lotId, import.GetProperty("lotsExecutes").EnumerateArray().Select(l => l.GetGuid()));
        Assert.Empty(import.GetProperty("nonReconnus").EnumerateArray());
        Assert.Equal(0m, await DettesOuvertesAsync(Factory, ua));
        var executes = await (await comptable.GetAsync($"/api/comptabilite/paiements?lotId={lotId}")).JsonAsync();
        Assert.All(executes.EnumerateArray(), o => Assert.Equal("execute", o.GetProperty("statut").GetString()));
        Assert.Equal("execute", (await (await comptable.GetAsync($"/api/comptabilite/paiements/lots/{lotId}")).JsonAsync()).GetProperty("statut").GetString());
        var soldes = await (await comptable.GetAsync($"/api/comptabilite/personnes/{personne}/soldes?date=2032-01-31")).JsonAsync();
        Assert.Equal(1473.85m, Total(soldes));

        var deNouveau = await (await ImporterDebitsAsync(comptable, avis)).JsonAsync();
        Assert.Equal((0, ordres.GetArrayLength()), (deNouveau.GetProperty("ordresExecutes").GetInt32(), deNouveau.GetProperty("dejaExecutes").GetInt32()));
        await (await ImporterDebitsAsync(comptable, Utf8("pas du xml"))).AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.camt-illisible");
        await (await ImporterDebitsAsync(comptable, await (await comptable.GetAsync($"/api/comptabilite/paiements/lots/{lotId}/pain001")).Content.ReadAsByteArrayAsync()))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.camt-version-inconnue");
        await (await comptable.PostJsonAsync("/api/comptabilite/paiements", new { jusquAu = "2032-01-01" })).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.aucun-ordre");
    }

    [Fact]
    public async Task FactureFournisseur_QrSplitOverTwoDossiers_FourEyesThenPaidAsOneAmount()
    {
        var (assistant, comptable) = await EquipeAsync(Factory);
        var (direction, _) = await Factory.UserClientAsync(Metiers.Direction);
        using var _a = assistant;
        using var _c = comptable;
        using var _d = direction;
        var p1 = await PersonneAvecAdresseAsync(assistant, "Patient");
        var p2 = await PersonneAvecAdresseAsync(assistant, "Patiente");
        var ua1 = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(p1, "requerant", new DateOnly(2033, 1, 1), null));
        var ua2 = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(p2, "requerant", new DateOnly(2033, 1, 1), null));
        var facture = new
        {
            qr = ExempleQr, numeroFacture = "F-2033-17", dateFacture = "2033-02-10", echeance = "2033-03-12",
            repartitions = new[]
            {
                new { dossierId = ua1, ficheId = (Guid?)p1, montant = 1200m, compte = "3633" },
                new { dossierId = ua2, ficheId = (Guid?)p2, montant = 749.75m, compte = "3633" },
            },
        };

        var saisie = await (await comptable.PostJsonAsync("/api/comptabilite/factures-fournisseurs", facture)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(("Robert Schneider AG", "CH4431999123000889012", "QRR", ReferenceQr, 1949.75m, "a-approuver"),
            (saisie.GetProperty("nomFournisseur").GetString(), saisie.GetProperty("iban").GetString(), saisie.GetProperty("typeReference").GetString(),
             saisie.GetProperty("reference").GetString(), saisie.GetProperty("montant").GetDecimal(), saisie.GetProperty("statut").GetString()));
        var id = saisie.GetProperty("id").GetGuid();
        await (await comptable.PostAsync($"/api/comptabilite/factures-fournisseurs/{id}/approbation", null)).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.quatre-yeux");
        var approuvee = await (await direction.PostAsync($"/api/comptabilite/factures-fournisseurs/{id}/approbation", null)).JsonAsync();
        Assert.Equal("approuvee", approuvee.GetProperty("statut").GetString());
        await (await direction.PostAsync($"/api/comptabilite/factures-fournisseurs/{id}/approbation", null)).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.statut-incompatible");
        var ecriture = await (await comptable.GetAsync($"/api/comptabilite/ecritures/{approuvee.GetProperty("ecritureId").GetGuid()}")).JsonAsync();
        Assert.Equal(["3633", "3633", "2000"], ecriture.GetProperty("lignes").EnumerateArray().Select(l => l.GetProperty("compte").GetString()));
        var soldes = await (await comptable.GetAsync($"/api/comptabilite/personnes/{p2}/soldes?date=2033-12-31")).JsonAsync();
        Assert.Equal(749.75m, Solde(soldes, "parCompte", "3633"));

        var lots = await (await comptable.PostJsonAsync("/api/comptabilite/paiements", new { jusquAu = "2033-03-12" })).JsonAsync(HttpStatusCode.Created);
        var lotId = lots.EnumerateArray().Single(l => l.GetProperty("dateExecution").GetString() == "2033-03-12").GetProperty("id").GetGuid();
        (await direction.PostAsync($"/api/comptabilite/paiements/lots/{lotId}/liberation", null)).EnsureSuccessStatusCode();
        var pain = ValiderPain001(await (await comptable.GetAsync($"/api/comptabilite/paiements/lots/{lotId}/pain001")).Content.ReadAsByteArrayAsync());
        (await comptable.PostAsync($"/api/comptabilite/paiements/lots/{lotId}/comptabilisation", null)).EnsureSuccessStatusCode();
        var import = await (await ImporterDebitsAsync(comptable, AvisDebit(pain, new DateOnly(2033, 3, 12), transactions: false))).JsonAsync();

        Assert.Equal(1, import.GetProperty("ordresExecutes").GetInt32());
        var ordre = await (await comptable.GetAsync($"/api/comptabilite/paiements?lotId={lotId}")).JsonAsync();
        Assert.Equal("execute", Assert.Single(ordre.EnumerateArray()).GetProperty("statut").GetString());
        var creanciers = Sql.Table(Factory.Database, "comptabilite", "ligne_ecriture");
        var ecritures = new[] { approuvee.GetProperty("ecritureId").GetGuid(), Assert.Single(ordre.EnumerateArray()).GetProperty("ecriturePaiementId").GetGuid() };
        Assert.Equal(0, await Sql.ScalarAsync(Factory.Database,
            $"select coalesce(sum(cast(round((credit - debit) * 100) as bigint)), 0) from {creanciers} where genre = 'creancier' and lower(cast(ecriture_id as text)) in ('{ecritures[0]}', '{ecritures[1]}')"));
    }

    [Fact]
    public async Task FactureFournisseur_BadInput_PreciseProblems()
    {
        var (assistant, comptable) = await EquipeAsync(Factory);
        using var _a = assistant;
        using var _c = comptable;
        var p1 = await PersonneAvecAdresseAsync(assistant, "Patient");
        var ua = await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(p1, "requerant", new DateOnly(2033, 1, 1), null));
        var adresse = new { nom = "Cabinet médical", rue = "Rue Neuve", numero = "3", codePostal = "1003", localite = "Lausanne", pays = "CH" };
        object Facture(string iban, string? type, string? reference, decimal montant, decimal part) => new
        {
            iban, typeReference = type, reference, adresse, montant, dateFacture = "2033-02-10",
            repartitions = new[] { new { dossierId = ua, montant = part } },
        };

        await (await comptable.PostJsonAsync("/api/comptabilite/factures-fournisseurs", Facture(QrIban, "SCOR", ReferenceCreancier, 100m, 100m)))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.reference-incompatible");
        await (await comptable.PostJsonAsync("/api/comptabilite/factures-fournisseurs", Facture(QrIban, "QRR", "210000000003139471430009018", 100m, 100m)))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.reference-qr-invalide");
        await (await comptable.PostJsonAsync("/api/comptabilite/factures-fournisseurs", Facture("CH93007620116238529", null, null, 100m, 100m)))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.iban-invalide");
        await (await comptable.PostJsonAsync("/api/comptabilite/factures-fournisseurs", Facture(Iban, null, null, 100m, 90m))).AssertFieldErrorsAsync("repartitions");
        await (await comptable.PostJsonAsync("/api/comptabilite/factures-fournisseurs", Facture(Iban, null, null, 100.001m, 100.001m))).AssertFieldErrorsAsync("montant");
        await (await comptable.PostJsonAsync("/api/comptabilite/factures-fournisseurs", new { qr = "SPC\n0200\nnimporte", dateFacture = "2033-02-10", repartitions = new[] { new { dossierId = ua, montant = 1m } } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.facture-qr-invalide");
        await (await assistant.PostJsonAsync("/api/comptabilite/factures-fournisseurs", Facture(Iban, null, null, 100m, 100m))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty((await (await comptable.GetAsync($"/api/comptabilite/factures-fournisseurs?dossierId={ua}")).JsonAsync()).EnumerateArray());
    }

    private static async Task<JsonElement> CreerAsync(HttpClient client, Guid dossierId, string genre, string du, params object[] lignes) =>
        await (await client.PostJsonAsync("/api/comptabilite/budgets", new { dossierId, genre, du, au = $"{du[..4]}-12-31", lignes })).JsonAsync(HttpStatusCode.Created);
}

[Trait("Category", "Integration")]
public sealed class PaiementsSortantsApiTestsSqlite(SqliteComptabiliteFixture fixture) : PaiementsSortantsApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class PaiementsSortantsApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : PaiementsSortantsApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
