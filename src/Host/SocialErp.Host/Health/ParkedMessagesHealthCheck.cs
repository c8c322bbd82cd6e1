using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Host.Health;

/// <summary>Degraded while messages are parked: the service works, but some module missed an event.</summary>
internal sealed class ParkedMessagesHealthCheck(ParkedMessages parked) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var count = await parked.CountAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["parked"] = count };
        return count == 0
            ? HealthCheckResult.Healthy("Aucun message parqué.", data)
            : HealthCheckResult.Degraded($"{count} message(s) parqué(s) : voir GET /api/admin/messages/parked.", data: data);
    }
}
