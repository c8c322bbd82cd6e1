using System.Net;
using System.Net.Http.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>Corrections by reversal, and closed periods: what they refuse, who may reopen, the trace.</summary>
public abstract class ExtournesPeriodesApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task Extourner_AvecCorrection_MirrorsOriginalAndLedgerKeepsOnlyTheCorrection()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        var originale = await VerserAsync(client, fiche, new DateOnly(2025, 5, 3), 1200m);
        var id = originale.GetProperty("id").GetGuid();

        var response = await client.PostJsonAsync($"/api/comptabilite/ecritures/{id}/extourne", new
        {
            date = "2025-05-20",
            correction = Ecriture("2025-05-03", "Versement corrigé", Ligne("3630", debit: 1020m, ficheId: fiche), Ligne("1020", credit: 1020m)),
        });

        var resultat = await response.JsonAsync(HttpStatusCode.Created);
        var extourne = resultat.GetProperty("extourne");
        Assert.Equal(id, extourne.GetProperty("extourneDe").GetGuid());
        Assert.Equal("Extourne : Versement", extourne.GetProperty("libelle").GetString());
        var lignes = extourne.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal(("3630", 0m, 1200m), (lignes[0].GetProperty("compte").GetString(), lignes[0].GetProperty("debit").GetDecimal(), lignes[0].GetProperty("credit").GetDecimal()));
        Assert.Equal(fiche, lignes[0].GetProperty("ficheId").GetGuid());
        Assert.Equal(("1020", 1200m, 0m), (lignes[1].GetProperty("compte").GetString(), lignes[1].GetProperty("debit").GetDecimal(), lignes[1].GetProperty("credit").GetDecimal()));
        var relue = await (await client.GetAsync($"/api/comptabilite/ecritures/{id}")).JsonAsync();
        Assert.Equal(extourne.GetProperty("id").GetGuid(), relue.GetProperty("extourneePar").GetGuid());
        Assert.Equal(1200m, relue.GetProperty("total").GetDecimal());
        var soldes = await (await client.GetAsync($"/api/comptabilite/personnes/{fiche}/soldes?date=2025-12-31")).JsonAsync();
        Assert.Equal(1020m, Solde(soldes, "parGenre", "allocation"));
    }

    [Fact]
    public async Task Extourner_DeuxFois_Returns409_ExtourneDUneExtourneOnceThen409()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        var id = (await VerserAsync(client, fiche, new DateOnly(2025, 6, 3), 80m)).GetProperty("id").GetGuid();
        var extourne = (await (await client.PostJsonAsync($"/api/comptabilite/ecritures/{id}/extourne", new { date = "2025-06-04" })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("extourne").GetProperty("id").GetGuid();

        await (await client.PostJsonAsync($"/api/comptabilite/ecritures/{id}/extourne", new { date = "2025-06-05" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.ecriture-deja-extournee");
        (await client.PostJsonAsync($"/api/comptabilite/ecritures/{extourne}/extourne", new { date = "2025-06-05" })).EnsureSuccessStatusCode();
        await (await client.PostJsonAsync($"/api/comptabilite/ecritures/{extourne}/extourne", new { date = "2025-06-06" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.ecriture-deja-extournee");
        await (await client.PostJsonAsync($"/api/comptabilite/ecritures/{Guid.NewGuid()}/extourne", new { }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.ecriture-introuvable");
        var soldes = await (await client.GetAsync($"/api/comptabilite/personnes/{fiche}/soldes?date=2025-12-31")).JsonAsync();
        Assert.Equal(80m, Solde(soldes, "parGenre", "allocation"));
    }

    [Fact]
    public async Task Extourner_CorrectionInvalide_Returns400AndNothingPosted()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client);
        var id = (await VerserAsync(client, fiche, new DateOnly(2025, 7, 3), 80m)).GetProperty("id").GetGuid();

        var response = await client.PostJsonAsync($"/api/comptabilite/ecritures/{id}/extourne", new
        {
            correction = Ecriture("2025-07-03", "Correction", Ligne("3630", debit: 70m, ficheId: fiche), Ligne("4999", credit: 70m)),
        });

        await response.AssertFieldErrorsAsync("correction.lignes[1].compte");
        var relue = await (await client.GetAsync($"/api/comptabilite/ecritures/{id}")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, relue.GetProperty("extourneePar").ValueKind);
    }

    [Fact]
    public async Task Periode_Cloturee_RefusesPostingsAndReversalsUntilDirectionReopensWithTrace()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, comptable) = await EquipeAsync(Factory);
        var (direction, directeurId) = await Factory.UserClientAsync(Metiers.Direction);
        using var _a = assistant;
        using var _c = comptable;
        using var _d = direction;
        var fiche = await CreerPersonneAsync(assistant);
        var avant = (await VerserAsync(admin, fiche, new DateOnly(2024, 2, 10), 10m)).GetProperty("id").GetGuid();

        var cloture = await (await comptable.PostAsync("/api/comptabilite/periodes/2024-02/cloture", null)).JsonAsync();
        Assert.True(cloture.GetProperty("cloturee").GetBoolean());

        await (await comptable.PostJsonAsync("/api/comptabilite/ecritures", Ecriture("2024-02-29", "Tardive", Ligne("3630", debit: 5m, ficheId: fiche), Ligne("1020", credit: 5m))))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.periode-cloturee");
        await (await comptable.PostJsonAsync($"/api/comptabilite/ecritures/{avant}/extourne", new { date = "2024-02-28" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.periode-cloturee");
        await (await comptable.PostAsync("/api/comptabilite/periodes/2024-02/cloture", null)).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.periode-deja-cloturee");
        await (await comptable.PostJsonAsync("/api/comptabilite/periodes/2024-02/reouverture", new { motif = "Erreur" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await direction.PostJsonAsync("/api/comptabilite/periodes/2024-02/reouverture", new { })).AssertFieldErrorsAsync("motif");

        var rouverte = await (await direction.PostJsonAsync("/api/comptabilite/periodes/2024-02/reouverture", new { motif = "Facture tardive du bailleur" })).JsonAsync();

        Assert.False(rouverte.GetProperty("cloturee").GetBoolean());
        var historique = rouverte.GetProperty("historique").EnumerateArray().ToList();
        Assert.Equal(["cloture", "reouverture"], historique.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(directeurId, historique[1].GetProperty("par").GetGuid());
        Assert.Equal("Facture tardive du bailleur", historique[1].GetProperty("motif").GetString());
        (await comptable.PostJsonAsync("/api/comptabilite/ecritures", Ecriture("2024-02-29", "Tardive", Ligne("3630", debit: 5m, ficheId: fiche), Ligne("1020", credit: 5m))))
            .EnsureSuccessStatusCode();
        (await comptable.PostAsync("/api/comptabilite/periodes/2024-02/cloture", null)).EnsureSuccessStatusCode();
        var outbox = Sql.Table(Factory.Database, "comptabilite", "outbox_message");
        Assert.Equal(3, await Sql.ScalarAsync(Factory.Database, $"select count(*) from {outbox} where type = 'comptabilite.periode-cloturee.v1' and aggregate_key = 'periode:2024-02'"));
    }

    [Fact]
    public async Task Extourner_CorrectionDansUnMoisCloture_Returns409AndWritesNothing()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(admin);
        var id = (await VerserAsync(admin, fiche, new DateOnly(2016, 4, 3), 300m)).GetProperty("id").GetGuid();
        (await admin.PostAsync("/api/comptabilite/periodes/2016-03/cloture", null)).EnsureSuccessStatusCode();
        var marque = $"Refusee {Guid.NewGuid():N}";

        // The reversal's month is open, the correction's closed (a month no other test uses): the correction's accounts
        // and the closed flag of its month are read together; the reversal queued before it must not be saved alone.
        await (await admin.PostJsonAsync($"/api/comptabilite/ecritures/{id}/extourne", new
        {
            date = "2016-04-20",
            libelle = marque,
            correction = Ecriture("2016-03-31", marque, Ligne("3631", debit: 250m, ficheId: fiche), Ligne("1020", credit: 250m)),
        })).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.periode-cloturee");

        var relue = await (await admin.GetAsync($"/api/comptabilite/ecritures/{id}")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, relue.GetProperty("extourneePar").ValueKind);
        var ecritures = Sql.Table(Factory.Database, "comptabilite", "ecriture");
        Assert.Equal(0, await Sql.ScalarAsync(Factory.Database, $"select count(*) from {ecritures} where libelle = '{marque}'"));
        var soldes = await (await admin.GetAsync($"/api/comptabilite/personnes/{fiche}/soldes?date=2016-12-31")).JsonAsync();
        Assert.Equal(300m, Solde(soldes, "parGenre", "allocation"));
    }

    [Fact]
    public async Task Annee_Cloturee_ClosesEveryOpenMonthThen409()
    {
        using var admin = await Factory.AdminClientAsync();
        (await admin.PostAsync("/api/comptabilite/periodes/2019-05/cloture", null)).EnsureSuccessStatusCode();

        var annee = await (await admin.PostAsync("/api/comptabilite/periodes/2019/cloture", null)).JsonAsync();

        Assert.Equal(12, annee.GetArrayLength());
        Assert.All(annee.EnumerateArray(), m => Assert.True(m.GetProperty("cloturee").GetBoolean()));
        await (await admin.PostAsync("/api/comptabilite/periodes/2019/cloture", null)).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.periode-deja-cloturee");
        await (await admin.PostAsync("/api/comptabilite/periodes/2019-13/cloture", null)).AssertFieldErrorsAsync("mois");
        var liste = await (await admin.GetAsync("/api/comptabilite/periodes?annee=2019")).JsonAsync();
        Assert.Equal(1, liste.EnumerateArray().Count(m => m.GetProperty("historique").GetArrayLength() == 1 && m.GetProperty("periode").GetString() == "2019-05"));
    }

    [Fact]
    public async Task Controle_EcritureModifieeEnBase_ReportsTheDifference()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(admin);
        var id = (await VerserAsync(admin, fiche, new DateOnly(2023, 3, 1), 40m)).GetProperty("id").GetGuid();
        var lignes = Sql.Table(Factory.Database, "comptabilite", "ligne_ecriture");
        var filtre = $"lower(cast(ecriture_id as text)) = '{id}' and ordre = 1";
        await Sql.ExecuteAsync(Factory.Database, $"update {lignes} set debit = 41 where {filtre}");
        try
        {
            var controle = await (await admin.GetAsync("/api/comptabilite/controle")).JsonAsync();

            Assert.False(controle.GetProperty("conforme").GetBoolean());
            var regles = controle.GetProperty("differences").EnumerateArray()
                .Where(d => d.GetProperty("ecritureId").ValueKind != System.Text.Json.JsonValueKind.Null && d.GetProperty("ecritureId").GetGuid() == id)
                .Select(d => d.GetProperty("regle").GetString()).Order().ToList();
            Assert.Equal(["ecriture-desequilibree", "total-ecriture"], regles);
        }
        finally
        {
            await Sql.ExecuteAsync(Factory.Database, $"update {lignes} set debit = 40 where {filtre}");
        }
    }
}

[Trait("Category", "Integration")]
public sealed class ExtournesPeriodesApiTestsSqlite(SqliteComptabiliteFixture fixture) : ExtournesPeriodesApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ExtournesPeriodesApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : ExtournesPeriodesApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
