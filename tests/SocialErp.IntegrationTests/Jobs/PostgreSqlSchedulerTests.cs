using Npgsql;
using Quartz;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Host.Jobs;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Jobs.JobsTestSupport;

namespace SocialErp.IntegrationTests.Jobs;

[Trait("Category", "Integration")]
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlSchedulerTests
{
    private const string FirstCron = "0 30 2 * * ?";
    private const string SecondCron = "0 45 2 * * ?";

    [Fact]
    public async Task Scheduler_OnPostgreSql_TwoHostsShareAClusteredStoreInTheQuartzSchema()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, "jobs_cluster");
        await using var first = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Jobs:PurgeMessages:Cron"] = FirstCron });
        _ = first.Server;

        // The node started last stores its schedule over the stored one: a changed cron applies at the next deployment.
        await using var second = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Jobs:PurgeMessages:Cron"] = SecondCron });
        _ = second.Server;

        var schedulers = new[] { await SchedulerAsync(first), await SchedulerAsync(second) };
        var metadata = new[] { await schedulers[0].GetMetadata(), await schedulers[1].GetMetadata() };
        Assert.All(schedulers, s => Assert.Equal(SchedulerStatus.Running, s.Status));
        Assert.All(metadata, m =>
        {
            Assert.Equal(JobsServiceCollectionExtensions.SchedulerName, m.SchedulerName);
            Assert.True(m.JobStorePersistent);
            Assert.True(m.JobStoreClustered);
        });
        Assert.NotEqual(metadata[0].SchedulerInstanceId, metadata[1].SchedulerInstanceId);

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var quartzTables = await QueryAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'quartz'");
        Assert.Superset(
            new HashSet<string> { "qrtz_job_details", "qrtz_triggers", "qrtz_cron_triggers", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks" },
            quartzTables.ToHashSet());
        Assert.Empty(await QueryAsync(
            connection, "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_name LIKE 'qrtz%' AND table_schema <> 'quartz'"));

        var jobClass = Assert.Single(await QueryAsync(
            connection,
            "SELECT job_class_name FROM quartz.qrtz_job_details WHERE sched_name = 'SocialErp' AND job_name = 'purge-messages' AND job_group = 'maintenance'"));
        Assert.Contains(nameof(PurgeMessagesJob), jobClass, StringComparison.Ordinal);
        Assert.Equal([SecondCron], await QueryAsync(
            connection,
            """
            SELECT c.cron_expression FROM quartz.qrtz_cron_triggers c
            JOIN quartz.qrtz_triggers t ON t.sched_name = c.sched_name AND t.trigger_name = c.trigger_name AND t.trigger_group = c.trigger_group
            WHERE t.sched_name = 'SocialErp' AND t.job_name = 'purge-messages' AND t.job_group = 'maintenance'
            """));

        await EventuallyAsync(
            async () =>
            {
                var nodes = await QueryAsync(connection, "SELECT instance_name FROM quartz.qrtz_scheduler_state WHERE sched_name = 'SocialErp'");
                return metadata.All(m => nodes.Contains(m.SchedulerInstanceId));
            },
            "both instances to check in to the cluster");

        Assert.Equal("Healthy", await ReadyCheckStatusAsync(first, JobsServiceCollectionExtensions.HealthCheckName));
        Assert.Equal("Healthy", await ReadyCheckStatusAsync(second, JobsServiceCollectionExtensions.HealthCheckName));
    }

    private static async Task<List<string>> QueryAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
