using System.Net;
using System.Text.Json;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.FacturationTestKit;
using static SocialErp.IntegrationTests.Comptabilite.PaiementsTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// Budget charges re-billed to a debtor: once per month the budget run paid, by a one-off invoice or the debtor's
/// agreement, posted receivable / revenue on the person and dossier; a credit note does not free the month.
/// </summary>
public abstract class RefacturationBudgetsApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    private const string Factures = "/api/comptabilite/factures-debiteurs";

    [Fact]
    public async Task ChargeRefacturable_PaidMonthsBilledOnceByOneOffAndAgreement_CreditNoteDoesNotFreeThem()
    {
        using var client = await Factory.AdminClientAsync();
        var beneficiaire = await UsagerAvecAdresseAsync(client, "Paul");
        var regie = await PaiementsTestKit.OrganisationAsync(client, "Régie");
        var office = await FacturationTestKit.OrganisationAsync(client, Unique("Office AI "), "office-public");
        var dossier = await DossierAsync(client, beneficiaire);
        (await client.PostJsonAsync("/api/comptabilite/budgets", new
        {
            dossierId = dossier, genre = "allocation", libelle = "Avance AI", du = "2033-01-01", au = "2033-12-31",
            lignes = new[]
            {
                Ligne("entretien", 1000m, beneficiaire),
                Ligne("loyer", 1450m, beneficiaire, regie, IbanRegie, "SCOR", ReferenceCreancier, refactureA: office),
            },
        })).EnsureSuccessStatusCode();
        await ExecuterAsync(client, "2033-01");
        await ExecuterAsync(client, "2033-02");

        // A one-off invoice takes January only (asked up to January), with the person and dossier on both sides.
        var janvier = await (await client.PostJsonAsync(Factures, new { debiteurId = office, typeDebiteur = "office", date = "2033-02-15", budgetsJusqua = "2033-01" }))
            .JsonAsync(HttpStatusCode.Created);
        var ligne = Assert.Single(janvier.GetProperty("lignes").EnumerateArray());
        Assert.Equal(1450.00m, janvier.GetProperty("montant").GetDecimal());
        Assert.Contains("2033-01", ligne.GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.Equal(beneficiaire, ligne.GetProperty("ficheId").GetGuid());
        Assert.Equal(dossier, ligne.GetProperty("dossierId").GetGuid());
        Assert.NotEqual(JsonValueKind.Null, ligne.GetProperty("posteBudgetId").ValueKind);
        Assert.True(CleQrValide(janvier.GetProperty("reference").GetString()!));
        var ecriture = await (await client.GetAsync($"/api/comptabilite/ecritures/{janvier.GetProperty("ecritureId").GetGuid()}")).JsonAsync();
        var lignes = ecriture.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal(1450.00m, lignes.Single(l => l.GetProperty("compte").GetString() == "1041").GetProperty("debit").GetDecimal());
        Assert.Equal(1450.00m, lignes.Single(l => l.GetProperty("compte").GetString() == "4261").GetProperty("credit").GetDecimal());
        Assert.All(lignes, l => Assert.Equal(dossier, l.GetProperty("dossierId").GetGuid()));
        Assert.All(lignes, l => Assert.Equal(beneficiaire, l.GetProperty("ficheId").GetGuid()));
        Assert.All(lignes, l => Assert.Equal(5586, l.GetProperty("communeDomicile").GetInt32()));

        // January is not billed again, even after a credit note cancelling the invoice.
        await (await client.PostJsonAsync(Factures, new { debiteurId = office, typeDebiteur = "office", budgetsJusqua = "2033-01" })).AssertFieldErrorsAsync("budgetsJusqua");
        (await client.PostJsonAsync($"{Factures}/{Id(janvier)}/avoirs", new { motif = "Rente AI refusée", date = "2033-02-20" })).EnsureSuccessStatusCode();
        await (await client.PostJsonAsync(Factures, new { debiteurId = office, typeDebiteur = "office", budgetsJusqua = "2033-01" })).AssertFieldErrorsAsync("budgetsJusqua");

        // The monthly agreement bills February (January is taken); a second run is a no-op; March is not paid yet.
        var convention = Id(await (await client.PostJsonAsync($"{Factures}/conventions", new
        {
            debiteurId = office, typeDebiteur = "office", dossierId = dossier, periodicite = "mensuelle", libelle = "Avances AI", du = "2033-01-01",
        })).JsonAsync(HttpStatusCode.Created));
        var fevrier = await ExecuterFacturationAsync(client, "2033-02");
        var encore = await ExecuterFacturationAsync(client, "2033-02");
        var mars = await ExecuterFacturationAsync(client, "2033-03");

        var facture = Assert.Single(fevrier.GetProperty("factures").EnumerateArray(), f => f.GetProperty("conventionId").GetGuid() == convention);
        Assert.Equal(1450.00m, facture.GetProperty("montant").GetDecimal());
        Assert.Contains("2033-02", Assert.Single(facture.GetProperty("lignes").EnumerateArray()).GetProperty("libelle").GetString(), StringComparison.Ordinal);
        Assert.Contains(encore.GetProperty("ignorees").EnumerateArray(), i => i.GetProperty("conventionId").GetGuid() == convention && i.GetProperty("raison").GetString() == "deja-facturee");
        Assert.Contains(mars.GetProperty("ignorees").EnumerateArray(), i => i.GetProperty("conventionId").GetGuid() == convention && i.GetProperty("raison").GetString() == "rien-a-facturer");

        // A month paid late is caught up by the next period's invoice.
        await ExecuterAsync(client, "2033-03");
        var avril = await ExecuterFacturationAsync(client, "2033-04");
        var rattrapage = Assert.Single(avril.GetProperty("factures").EnumerateArray(), f => f.GetProperty("conventionId").GetGuid() == convention);
        Assert.Contains("2033-03", Assert.Single(rattrapage.GetProperty("lignes").EnumerateArray()).GetProperty("libelle").GetString(), StringComparison.Ordinal);
        await ComptaTestKit.AssertControleConformeAsync(Factory);
    }

    [Fact]
    public async Task ChargeRefacturable_BadInput_PreciseProblems()
    {
        using var client = await Factory.AdminClientAsync();
        var beneficiaire = await UsagerAvecAdresseAsync(client, "Zoé");
        var office = await FacturationTestKit.OrganisationAsync(client, Unique("Office AI "), "office-public");
        var dossier = await DossierAsync(client, beneficiaire);
        object Budget(object ligne) => new { dossierId = dossier, genre = "allocation", libelle = "Avance", du = "2034-01-01", lignes = new[] { Ligne("entretien", 1000m, beneficiaire), ligne } };

        await (await client.PostJsonAsync("/api/comptabilite/budgets", Budget(new { type = "loyer", montant = 900m, beneficiaireId = beneficiaire, iban = Iban, refacturable = true })))
            .AssertFieldErrorsAsync("lignes[1].refactureA");
        await (await client.PostJsonAsync("/api/comptabilite/budgets", Budget(new { type = "loyer", montant = 900m, beneficiaireId = beneficiaire, iban = Iban, refactureA = office })))
            .AssertFieldErrorsAsync("lignes[1].refactureA");
        await (await client.PostJsonAsync("/api/comptabilite/budgets", Budget(Ligne("loyer", 900m, beneficiaire, refactureA: Guid.NewGuid()))))
            .AssertFieldErrorsAsync("lignes[1].refactureA");
        await (await client.PostJsonAsync(Factures, new { debiteurId = office, typeDebiteur = "office", budgetsJusqua = "2034-13" })).AssertFieldErrorsAsync("budgetsJusqua");
        await (await client.PostJsonAsync(Factures, new { debiteurId = office, typeDebiteur = "office", budgetsJusqua = "2034-01" })).AssertFieldErrorsAsync("budgetsJusqua");
        var budgets = await (await client.GetAsync($"/api/comptabilite/budgets?dossierId={dossier}")).JsonAsync();
        Assert.Equal(0, budgets.GetArrayLength());
    }

    /// <summary>A beneficiary a dossier may be opened for (category usager) and a run may pay (home address).</summary>
    private static async Task<Guid> UsagerAvecAdresseAsync(HttpClient client, string prenom) =>
        Id(await (await client.PostJsonAsync("/api/fiches", new
        {
            type = "personne", nom = "Refacturation", prenom, categories = new[] { "usager" },
            adresses = new[] { new { type = "domicile", rue = "Rue du Bourg", numero = "12", npa = "1003", localite = "Lausanne", valideDu = "2000-01-01" } },
        })).JsonAsync(HttpStatusCode.Created));

    private static async Task<JsonElement> ExecuterFacturationAsync(HttpClient client, string periode) =>
        await (await client.PostJsonAsync($"{Factures}/executions", new { periode })).JsonAsync();
}

[Trait("Category", "Integration")]
public sealed class RefacturationBudgetsApiTestsSqlite(SqliteComptabiliteFixture fixture) : RefacturationBudgetsApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class RefacturationBudgetsApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : RefacturationBudgetsApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
