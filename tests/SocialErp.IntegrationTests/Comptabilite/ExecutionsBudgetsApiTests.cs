using System.Net;
using System.Text.Json;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;
using static SocialErp.IntegrationTests.Comptabilite.PaiementsTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// A budget run when the database refuses one budget's writes — its payment orders, or the lines of its entry, which
/// reach the database after the slice's entries in the same multi-row writes: the slice it belongs to rolls back whole
/// and is written again budget by budget, the others are paid, the refused one is reported on its dossier with nothing
/// written for it, and a second request for the month creates nothing. Works in its own year (a run takes every
/// budget of its month), one month per case.
/// </summary>
public abstract class ExecutionsBudgetsApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    private const string Refuse = "Refus-test";

    [Theory]
    [InlineData("ordre_paiement", 2034)]
    [InlineData("ligne_ecriture", 2035)]
    public async Task ExecutionBudgets_OneBudgetRefusedByTheDatabase_OthersPaidFailureReportedRerunCreatesNothing(string tableRefusee, int annee)
    {
        var (assistant, comptable) = await EquipeAsync(Factory);
        using var _a = assistant;
        using var _c = comptable;
        var dossiers = new List<(Guid Dossier, Guid Personne)>();
        foreach (var nom in new[] { "Premier", "Refuse", "Dernier" })
        {
            var personne = await PersonneAvecAdresseAsync(assistant, nom);
            dossiers.Add((await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(personne, "requerant", new DateOnly(annee, 1, 1), null)), personne));
        }

        foreach (var (dossier, personne) in dossiers)
        {
            var libelle = dossier == dossiers[1].Dossier ? $"{Refuse} budget" : "Budget ordinaire";
            (await assistant.PostJsonAsync("/api/comptabilite/budgets", new
            {
                dossierId = dossier, genre = "allocation", libelle, du = $"{annee}-01-01", au = $"{annee}-12-31", lignes = new[] { Ligne("entretien", 1061m, personne) },
            })).EnsureSuccessStatusCode();
        }

        var mois = $"{annee}-05";
        JsonElement execution;
        await RefuserAsync(tableRefusee);
        try
        {
            execution = await ExecuterAsync(comptable, mois);
        }
        finally
        {
            await AccepterAsync(tableRefusee);
        }

        Assert.Equal((3, 3, 2, 0, 1, 2, 2122m), (execution.GetProperty("total").GetInt32(), execution.GetProperty("traites").GetInt32(),
            execution.GetProperty("payes").GetInt32(), execution.GetProperty("ignores").GetInt32(), execution.GetProperty("enErreur").GetInt32(),
            execution.GetProperty("nombreOrdres").GetInt32(), execution.GetProperty("montant").GetDecimal()));
        var anomalie = Assert.Single(execution.GetProperty("anomalies").EnumerateArray());
        Assert.Equal((dossiers[1].Dossier, "erreur"), (anomalie.GetProperty("dossierId").GetGuid(), anomalie.GetProperty("genre").GetString()));
        foreach (var (dossier, personne) in dossiers)
        {
            var paye = dossier != dossiers[1].Dossier;
            var ordres = await (await comptable.GetAsync($"/api/comptabilite/paiements?mois={mois}&dossierId={dossier}")).JsonAsync();
            Assert.Equal(paye ? 1 : 0, ordres.GetArrayLength());
            var soldes = await (await comptable.GetAsync($"/api/comptabilite/personnes/{personne}/soldes?date={annee}-05-31")).JsonAsync();
            Assert.Equal(paye ? 1061m : 0m, Solde(soldes, "parCompte", "3630"));
        }

        var encore = await (await comptable.PostJsonAsync("/api/comptabilite/budgets/executions", new { mois })).JsonAsync();
        Assert.Equal((execution.GetProperty("id").GetGuid(), 2), (encore.GetProperty("id").GetGuid(), encore.GetProperty("nombreOrdres").GetInt32()));
        Assert.Equal(2, await Sql.ScalarAsync(Factory.Database,
            $"select count(*) from {Sql.Table(Factory.Database, "comptabilite", "ordre_paiement")} where mois = '{mois}'"));
        await AssertControleConformeAsync(Factory);
    }

    /// <summary>
    /// A trigger refusing the rows of <paramref name="table"/> that belong to the budgets labelled <see cref="Refuse"/>
    /// (a payment order by its label, an entry line by its entry's), as a constraint would.
    /// </summary>
    private async Task RefuserAsync(string table)
    {
        var nom = Sql.Table(Factory.Database, "comptabilite", table);
        var condition = table == "ligne_ecriture"
            ? $"(select e.libelle from {Sql.Table(Factory.Database, "comptabilite", "ecriture")} e where e.id = new.ecriture_id) like '{Refuse}%'"
            : $"new.libelle like '{Refuse}%'";
        if (Factory.Database.Provider == DatabaseProvider.PostgreSql)
        {
            await Sql.ExecuteAsync(Factory.Database, $"""
                create or replace function comptabilite.refus_test() returns trigger language plpgsql as $$
                begin
                  if {condition} then raise exception 'ligne refusée par le test'; end if;
                  return new;
                end $$;
                create trigger refus_test before insert on {nom} for each row execute function comptabilite.refus_test();
                """);
        }
        else
        {
            await Sql.ExecuteAsync(Factory.Database,
                $"create trigger refus_test before insert on {nom} when {condition} begin select raise(abort, 'ligne refusée par le test'); end;");
        }
    }

    private async Task AccepterAsync(string table)
    {
        await Sql.ExecuteAsync(Factory.Database, Factory.Database.Provider == DatabaseProvider.PostgreSql
            ? $"drop trigger refus_test on {Sql.Table(Factory.Database, "comptabilite", table)}; drop function comptabilite.refus_test();"
            : "drop trigger refus_test;");
    }
}

[Trait("Category", "Integration")]
public sealed class ExecutionsBudgetsApiTestsSqlite(SqliteComptabiliteFixture fixture) : ExecutionsBudgetsApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ExecutionsBudgetsApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : ExecutionsBudgetsApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
