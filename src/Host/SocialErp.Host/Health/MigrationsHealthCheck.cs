using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.Host.Health;

/// <summary>Ready when the database answers and every module's migrations are applied.</summary>
internal sealed class MigrationsHealthCheck(DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await migrator.PendingAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Base de données joignable, migrations appliquées.")
                : HealthCheckResult.Unhealthy(
                    "Migrations en attente.", data: new Dictionary<string, object> { ["pending"] = pending });
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("Base de données injoignable.", exception);
        }
    }
}
