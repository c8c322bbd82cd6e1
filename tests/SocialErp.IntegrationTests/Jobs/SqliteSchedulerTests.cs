using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Host.Jobs;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Jobs.JobsTestSupport;

namespace SocialErp.IntegrationTests.Jobs;

[Trait("Category", "Integration")]
public sealed class SqliteSchedulerTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Scheduler_OnSqlite_RunsTheInMemoryStoreWithThePurgeJob()
    {
        var scheduler = await SchedulerAsync(fixture.Factory);
        var metadata = await scheduler.GetMetadata();

        Assert.Equal(JobsServiceCollectionExtensions.SchedulerName, metadata.SchedulerName);
        Assert.False(metadata.JobStorePersistent);
        Assert.False(metadata.JobStoreClustered);
        Assert.Contains("RAMJobStore", metadata.JobStoreTypeName, StringComparison.Ordinal);
        Assert.Equal(SchedulerStatus.Running, scheduler.Status);

        var job = await scheduler.GetJobDetail(PurgeMessagesJob.Key);
        Assert.NotNull(job);
        Assert.Equal(typeof(PurgeMessagesJob), job.JobType);
        Assert.True(job.ConcurrentExecutionDisallowed);
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(PurgeMessagesJob.Key)));
        Assert.Equal("0 0 3 * * ?", trigger.CronExpressionString);

        await using var connection = new SqliteConnection(fixture.Factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE lower(name) LIKE 'qrtz%'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);

        Assert.Equal("Healthy", await ReadyCheckStatusAsync(fixture.Factory, JobsServiceCollectionExtensions.HealthCheckName));
    }

    [Fact]
    public async Task Scheduler_CronSchedules_FireInTheServiceTimeZone()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "jobs_fuseau");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Horloge:FuseauHoraire"] = "Europe/Zurich" });
        var scheduler = await SchedulerAsync(factory);

        var triggers = new List<ICronTrigger>();
        foreach (var groupe in await scheduler.GetTriggerGroupNames())
        {
            foreach (var cle in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(groupe)))
            {
                triggers.AddRange((await scheduler.GetTrigger(cle)) is ICronTrigger cron ? [cron] : []);
            }
        }

        // The purge of messages and documents, the statistics, the budgets, the periodic invoicing and the due dates.
        Assert.True(triggers.Count >= 6, $"{triggers.Count} cron triggers");
        Assert.Contains(triggers, t => t.JobKey.Equals(new JobKey("facturation-periodique", "comptabilite")));
        Assert.All(triggers, t => Assert.Equal("Europe/Zurich", t.TimeZone.Id));
    }

    [Fact]
    public async Task Scheduler_JobsDisabled_IsNotRegistered()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "jobs_disabled");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        _ = factory.Server;

        Assert.Null(factory.Services.GetService<ISchedulerFactory>());
        Assert.Null(await ReadyCheckStatusAsync(factory, JobsServiceCollectionExtensions.HealthCheckName));
    }
}
