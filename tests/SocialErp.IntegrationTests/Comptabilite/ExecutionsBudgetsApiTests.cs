using System.Net;
using System.Text.Json;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;
using static SocialErp.IntegrationTests.Comptabilite.PaiementsTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// A budget run when the database refuses one budget's writes: the slice it belongs to is written again budget by
/// budget, the others are paid, the refused one is reported on its dossier with nothing written for it, and a second
/// request for the month creates nothing. Works in its own year (a run takes every budget of its month).
/// </summary>
public abstract class ExecutionsBudgetsApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    private const string Refuse = "Refus-test";

    [Fact]
    public async Task ExecutionBudgets_OneBudgetRefusedByTheDatabase_OthersPaidFailureReportedRerunCreatesNothing()
    {
        var (assistant, comptable) = await EquipeAsync(Factory);
        using var _a = assistant;
        using var _c = comptable;
        var dossiers = new List<(Guid Dossier, Guid Personne)>();
        foreach (var nom in new[] { "Premier", "Refuse", "Dernier" })
        {
            var personne = await PersonneAvecAdresseAsync(assistant, nom);
            dossiers.Add((await OuvrirUniteAsync(Fixture, new PeriodeUniteAllocation(personne, "requerant", new DateOnly(2034, 1, 1), null)), personne));
        }

        foreach (var (dossier, personne) in dossiers)
        {
            var libelle = dossier == dossiers[1].Dossier ? $"{Refuse} budget" : "Budget ordinaire";
            (await assistant.PostJsonAsync("/api/comptabilite/budgets", new
            {
                dossierId = dossier, genre = "allocation", libelle, du = "2034-01-01", au = "2034-12-31", lignes = new[] { Ligne("entretien", 1061m, personne) },
            })).EnsureSuccessStatusCode();
        }

        JsonElement execution;
        await RefuserOrdresAsync();
        try
        {
            execution = await ExecuterAsync(comptable, "2034-05");
        }
        finally
        {
            await AccepterOrdresAsync();
        }

        Assert.Equal((3, 3, 2, 0, 1, 2, 2122m), (execution.GetProperty("total").GetInt32(), execution.GetProperty("traites").GetInt32(),
            execution.GetProperty("payes").GetInt32(), execution.GetProperty("ignores").GetInt32(), execution.GetProperty("enErreur").GetInt32(),
            execution.GetProperty("nombreOrdres").GetInt32(), execution.GetProperty("montant").GetDecimal()));
        var anomalie = Assert.Single(execution.GetProperty("anomalies").EnumerateArray());
        Assert.Equal((dossiers[1].Dossier, "erreur"), (anomalie.GetProperty("dossierId").GetGuid(), anomalie.GetProperty("genre").GetString()));
        foreach (var (dossier, personne) in dossiers)
        {
            var paye = dossier != dossiers[1].Dossier;
            var ordres = await (await comptable.GetAsync($"/api/comptabilite/paiements?mois=2034-05&dossierId={dossier}")).JsonAsync();
            Assert.Equal(paye ? 1 : 0, ordres.GetArrayLength());
            var soldes = await (await comptable.GetAsync($"/api/comptabilite/personnes/{personne}/soldes?date=2034-05-31")).JsonAsync();
            Assert.Equal(paye ? 1061m : 0m, Solde(soldes, "parCompte", "3630"));
        }

        var encore = await (await comptable.PostJsonAsync("/api/comptabilite/budgets/executions", new { mois = "2034-05" })).JsonAsync();
        Assert.Equal((execution.GetProperty("id").GetGuid(), 2), (encore.GetProperty("id").GetGuid(), encore.GetProperty("nombreOrdres").GetInt32()));
        Assert.Equal(2, await Sql.ScalarAsync(Factory.Database,
            $"select count(*) from {Sql.Table(Factory.Database, "comptabilite", "ordre_paiement")} where mois = '2034-05'"));
        await AssertControleConformeAsync(Factory);
    }

    /// <summary>A trigger refusing the payment orders of the budgets labelled <see cref="Refuse"/>, as a constraint would.</summary>
    private async Task RefuserOrdresAsync()
    {
        var table = Sql.Table(Factory.Database, "comptabilite", "ordre_paiement");
        if (Factory.Database.Provider == DatabaseProvider.PostgreSql)
        {
            await Sql.ExecuteAsync(Factory.Database, $"""
                create or replace function comptabilite.refus_test() returns trigger language plpgsql as $$
                begin
                  if new.libelle like '{Refuse}%' then raise exception 'ordre refusé par le test'; end if;
                  return new;
                end $$;
                create trigger refus_test before insert on {table} for each row execute function comptabilite.refus_test();
                """);
        }
        else
        {
            await Sql.ExecuteAsync(Factory.Database,
                $"create trigger refus_test before insert on {table} when new.libelle like '{Refuse}%' begin select raise(abort, 'ordre refusé par le test'); end;");
        }
    }

    private async Task AccepterOrdresAsync()
    {
        var table = Sql.Table(Factory.Database, "comptabilite", "ordre_paiement");
        await Sql.ExecuteAsync(Factory.Database, Factory.Database.Provider == DatabaseProvider.PostgreSql
            ? $"drop trigger refus_test on {table}; drop function comptabilite.refus_test();"
            : "drop trigger refus_test;");
    }
}

[Trait("Category", "Integration")]
public sealed class ExecutionsBudgetsApiTestsSqlite(SqliteComptabiliteFixture fixture) : ExecutionsBudgetsApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ExecutionsBudgetsApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : ExecutionsBudgetsApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
