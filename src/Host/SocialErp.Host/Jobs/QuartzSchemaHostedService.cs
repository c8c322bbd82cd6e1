using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.Host.Jobs;

/// <summary>
/// Quartz's hosted service, creating the <c>quartz</c> schema first on PostgreSQL: Quartz provisions its own tables
/// (<c>ProvisionSchema</c>) under a schema-qualified prefix but does not create the schema itself.
/// </summary>
internal sealed class QuartzSchemaHostedService(
    IHostApplicationLifetime applicationLifetime,
    IServiceProvider serviceProvider,
    IOptionsMonitor<QuartzHostedServiceOptions> options,
    IOptions<DatabaseOptions> database)
    : QuartzHostedService(applicationLifetime, serviceProvider, options)
{
    private const string DuplicateObject = "42P06";
    private const string UniqueViolation = "23505";

    public override async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(database.Value.ResolveConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {JobsServiceCollectionExtensions.Schema}", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is DuplicateObject or UniqueViolation)
        {
            // Another instance created it at the same moment: IF NOT EXISTS does not cover that race.
        }
    }
}
