using Quartz;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.BuildingBlocks.Time;
using SocialErp.Host.Platform;

namespace SocialErp.Host.Jobs;

/// <summary>
/// The scheduler: Quartz with jobs built by the container. On PostgreSQL its store is the database (schema
/// <c>quartz</c>), clustered so that several instances share the jobs and each firing runs once; on SQLite,
/// which has a single instance, it is kept in memory.
/// </summary>
internal static class JobsServiceCollectionExtensions
{
    public const string SchedulerName = "SocialErp";
    public const string Schema = "quartz";
    public const string TablePrefix = Schema + ".qrtz_";
    public const string Group = "maintenance";
    public const string HealthCheckName = "planificateur";

    public static IServiceCollection AddSocialErpJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        if (!jobs.Enabled || StartupGuard.IsGeneratingOpenApiDocument)
        {
            return services;
        }

        var purgeCron = jobs.PurgeMessages.Cron;
        if (!CronExpression.TryParse(purgeCron, out _))
        {
            throw new InvalidOperationException($"Jobs:PurgeMessages:Cron is not a valid Quartz cron expression: '{purgeCron}'.");
        }

        if (!CronExpression.TryParse(jobs.ExecutionsStatistiques.Cron, out _))
        {
            throw new InvalidOperationException($"Jobs:ExecutionsStatistiques:Cron is not a valid Quartz cron expression: '{jobs.ExecutionsStatistiques.Cron}'.");
        }

        var fuseau = FuseauHoraire.Lire(configuration);
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = SchedulerName);
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                // Each node of the cluster needs its own id; several hosts may share a process in tests.
                q.ConfigureScheduler(o => o.InstanceId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}");
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(database.ResolveConnectionString());
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering();
                    store.ConfigureStore(o => o.TablePrefix = TablePrefix);
                    store.ProvisionSchema();
                });
            }
            else
            {
                q.UseInMemoryStore();
            }

            q.ScheduleJob<PurgeMessagesJob>(
                trigger => trigger.WithIdentity("purge-messages-cron", Group).WithCronSchedule(purgeCron, cron => cron.InTimeZone(fuseau)),
                job => job.WithIdentity(PurgeMessagesJob.Key).WithDescription("Purge des messages traités (outbox, inbox)."));
            SocialErp.Modules.Statistiques.StatistiquesModule.PlanifierProductions(q, jobs.ExecutionsStatistiques.Cron, fuseau, Group);
            q.AddQuartzHealthChecks(o =>
            {
                o.Name = HealthCheckName;
                o.Tags.Add("ready");
            });
        });

        // Migrations run before the host starts, so jobs may fire at once; the scheduler is then running (and
        // healthy) as soon as the host has started, instead of a moment later.
        services.AddQuartzHostedService<QuartzSchemaHostedService>(o =>
        {
            o.AwaitApplicationStarted = false;
            o.WaitForJobsToComplete = true;
        });
        return services;
    }
}
