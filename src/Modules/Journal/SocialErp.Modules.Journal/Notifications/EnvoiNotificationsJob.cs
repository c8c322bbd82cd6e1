using Microsoft.Extensions.Logging;
using Quartz;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>Every <c>Journal:Notifications:IntervalleEnvoi</c>: sends what is waiting (<see cref="EnvoiNotifications"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class EnvoiNotificationsJob(EnvoiNotifications envoi, ILogger<EnvoiNotificationsJob> logger) : IJob
{
    public static readonly JobKey Key = new("notifications-envoi", "journal");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (envoyees, echouees) = await envoi.EnvoyerAsync(cancellationToken);
        if (envoyees + echouees > 0)
        {
            logger.LogInformation("Notifications: {Sent} sent, {Failed} failed attempt(s)", envoyees, echouees);
        }
    }
}
