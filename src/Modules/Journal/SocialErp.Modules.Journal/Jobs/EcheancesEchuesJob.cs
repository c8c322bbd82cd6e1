using Microsoft.Extensions.Logging;
using Quartz;

namespace SocialErp.Modules.Journal.Jobs;

/// <summary>Nightly: due dates passed without being realised become "en retard" (<c>Jobs:EcheancesEchues:Cron</c>).</summary>
[DisallowConcurrentExecution]
internal sealed class EcheancesEchuesJob(MarquageEcheancesEchues marquage, ILogger<EcheancesEchuesJob> logger) : IJob
{
    public static readonly JobKey Key = new("echeances-echues", "journal");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var marquees = await marquage.MarquerAsync(cancellationToken);
        logger.LogInformation("Marked {Count} due date(s) overdue", marquees);
    }
}
