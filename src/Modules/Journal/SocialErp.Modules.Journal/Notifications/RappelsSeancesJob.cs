using Microsoft.Extensions.Logging;
using Quartz;

namespace SocialErp.Modules.Journal.Notifications;

/// <summary>Daily: queues the reminders of the next day's sessions (<c>Journal:Notifications:RappelsCron</c>).</summary>
[DisallowConcurrentExecution]
internal sealed class RappelsSeancesJob(RappelsSeances rappels, ILogger<RappelsSeancesJob> logger) : IJob
{
    public static readonly JobKey Key = new("notifications-rappels", "journal");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var total = await rappels.MettreEnFileAsync(cancellationToken);
        logger.LogInformation("Queued {Count} session reminder(s)", total);
    }
}
