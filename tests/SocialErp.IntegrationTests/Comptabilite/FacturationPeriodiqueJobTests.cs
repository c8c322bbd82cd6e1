using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.IntegrationTests.Dossiers;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.FacturationTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// The scheduled periodic invoicing (Quartz job <c>comptabilite.facturation-periodique</c>): last month's agreements
/// invoiced once whoever may see them, a blocked dossier's skipped, a second pass creating nothing. The fixture sets
/// <c>JourExecutionAutomatique</c> to 1, so last month is due whatever today's day.
/// </summary>
public abstract class FacturationPeriodiqueJobTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    private static readonly JobKey Cle = new("facturation-periodique", "comptabilite");

    [Fact]
    public async Task Job_MoisEchu_FactureLesConventionsUneFoisSaufDossierBloque()
    {
        using var client = await Factory.AdminClientAsync();
        var aujourdhui = DateOnly.FromDateTime(DateTime.UtcNow);
        var debut = new DateOnly(aujourdhui.Year, aujourdhui.Month, 1).AddMonths(-1);
        var intervenant = await FicheAsync(client, "Intervenant", "Job", "intervenant");
        var tarif = await TarifAsync(client, "assistance", "unite", 60m, Jour(debut.AddYears(-1)));
        var office = await OrganisationAsync(client, Unique("Office job "), "office-public");
        var conventions = new Dictionary<string, Guid>();
        var dossiers = new Dictionary<string, Guid>();
        foreach (var cas in new[] { "suivi", "bloque" })
        {
            dossiers[cas] = await DossierAsync(client, await FicheAsync(client, "Usager", cas, "usager"));
            (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new
            {
                intervenantId = intervenant, date = Jour(debut.AddDays(4)), typePrestation = "assistance", tarif, dossierId = dossiers[cas], refacturable = true,
            })).EnsureSuccessStatusCode();
            conventions[cas] = Id(await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/conventions", new
            {
                debiteurId = office, typeDebiteur = "office", dossierId = dossiers[cas], periodicite = "mensuelle", libelle = "Mesures", du = Jour(debut),
            })).JsonAsync(HttpStatusCode.Created));
        }

        (await client.PostJsonAsync($"/api/dossiers/{dossiers["bloque"]}/evenements", new { type = "RUPTURE", date = Jour(debut.AddDays(10)), motif = "Incompatibilité" }))
            .EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await DeclencherAsync(scheduler);
        var premiere = await FacturesAsync(client, office);
        await DeclencherAsync(scheduler);

        var facture = Assert.Single(premiere.EnumerateArray());
        Assert.Equal(conventions["suivi"], facture.GetProperty("conventionId").GetGuid());
        Assert.Equal(debut.ToString("yyyy-MM", CultureInfo.InvariantCulture), facture.GetProperty("periode").GetString());
        Assert.Equal(Jour(debut.AddMonths(1).AddDays(-1)), facture.GetProperty("date").GetString());
        Assert.Equal(60m, facture.GetProperty("montant").GetDecimal());
        Assert.Equal(Id(facture), Id(Assert.Single((await FacturesAsync(client, office)).EnumerateArray())));
        var enAttente = await (await client.GetAsync($"/api/comptabilite/prestations-valorisees?dossierId={dossiers["bloque"]}&refacturables=true")).JsonAsync();
        Assert.Equal(1, enAttente.GetArrayLength());

        // The one-off trigger of a manual run is removed only after its listeners ran: look at the schedule's own trigger.
        var trigger = Assert.Single((await scheduler.GetTriggersOfJob(Cle)).OfType<ICronTrigger>());
        Assert.Equal("0 0 6 * * ?", trigger.CronExpressionString);
        Assert.Equal("UTC", trigger.TimeZone.Id);
        Assert.True((await scheduler.GetJobDetail(Cle))!.ConcurrentExecutionDisallowed);
    }

    [Fact]
    public async Task Job_SeanceAnnuleeApresFacturationDUnMoisAnterieurOuvert_AvoirEmisParLeJob()
    {
        using var client = await Factory.AdminClientAsync();
        var aujourdhui = DateOnly.FromDateTime(DateTime.UtcNow);
        var mois = new DateOnly(aujourdhui.Year, aujourdhui.Month, 1).AddMonths(-2);
        var financeur = await OrganisationAsync(client, Unique("Office job "), "financeur");
        var dossier = await DossierAsync(client, await FicheAsync(client, "Usager", "JobSeance", "usager"));
        (await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossier}/financement", new
        {
            convention = new { reference = "CONV-J", heuresFinancees = 20m }, financeurPrincipalId = financeur, typeFinanceur = "public", modeMontant = "taux-horaire", montant = 90m,
        })).EnsureSuccessStatusCode();
        var seance = await SeancesTestKit.SeanceAsync(client, dossier, $"{Jour(mois.AddDays(4))}T09:00:00Z", $"{Jour(mois.AddDays(4))}T11:00:00Z", "present");
        await Factory.DrainMessagesAsync();
        var periode = mois.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var facture = Assert.Single(SeancesTestKit.FacturesDu(
            await (await client.PostJsonAsync(SeancesTestKit.Executions, new { periode })).JsonAsync(), dossier));
        (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances/{seance}/emargement", new { presence = "absent" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await DeclencherAsync(scheduler);
        await DeclencherAsync(scheduler);

        var documents = (await FacturesAsync(client, financeur)).EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        var avoir = Assert.Single(documents, d => d.GetProperty("avoirDe").ValueKind != JsonValueKind.Null);
        Assert.Equal(Id(facture), avoir.GetProperty("avoirDe").GetGuid());
        Assert.Equal(180.00m, avoir.GetProperty("montant").GetDecimal());
        Assert.Equal(periode, avoir.GetProperty("date").GetString()![..7]);
    }

    /// <summary>Fires the job now and waits until that execution has finished (and did not fail).</summary>
    private static async Task DeclencherAsync(IScheduler scheduler)
    {
        var fin = new FinExecution($"fin-{Guid.NewGuid():N}");
        scheduler.ListenerManager.AddJobListener(fin, [new CeJob()]);
        try
        {
            await scheduler.TriggerJob(Cle);
            var erreur = await fin.Terminee.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Null(erreur);
        }
        finally
        {
            scheduler.ListenerManager.RemoveJobListener(fin.Name);
        }
    }

    private static async Task<JsonElement> FacturesAsync(HttpClient client, Guid debiteur) =>
        await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?debiteurId={debiteur}")).JsonAsync();

    private static string Jour(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class CeJob : IMatcher<JobKey>
    {
        public bool IsMatch(JobKey key) => key.Equals(Cle);
    }

    private sealed class FinExecution(string name) : IJobListener
    {
        public string Name { get; } = name;

        public TaskCompletionSource<JobExecutionException?> Terminee { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            Terminee.TrySetResult(jobException);
            return ValueTask.CompletedTask;
        }
    }
}

[Trait("Category", "Integration")]
public sealed class FacturationPeriodiqueJobTestsSqlite(SqliteComptabiliteFixture fixture) : FacturationPeriodiqueJobTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class FacturationPeriodiqueJobTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : FacturationPeriodiqueJobTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
