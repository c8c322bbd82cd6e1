using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// The daily job (<c>Comptabilite:Facturation:Cron</c>): runs the periodic invoicing of the periods due
/// (<see cref="PeriodesEchues"/>). A period already run creates nothing (unique agreement + period), so a second pass,
/// or another instance's, only reports <c>deja-facturee</c>.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class FacturationPeriodiqueJob(
    FacturationPeriodiqueHandler handler, DimensionsVisibles visibles, IOptions<FacturationOptions> options, TimeProvider timeProvider,
    ILogger<FacturationPeriodiqueJob> logger) : IJob
{
    public static readonly JobKey Key = new("facturation-periodique", "comptabilite");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // No one asked: every agreement is invoiced, whoever may see its debtor and dossier (the budget run's scope).
        visibles.CommeSysteme();
        foreach (var periode in PeriodesEchues.Au(timeProvider.Aujourdhui(), options.Value.JourExecutionAutomatique))
        {
            var execution = await handler.ExecuterAsync(new ExecutionFacturationRequest(periode, null), cancellationToken);
            Executee(periode, execution.Value.Factures.Count, execution.Value.Ignorees.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Periodic invoicing {Periode}: {Factures} invoice(s), {Ignorees} agreement(s) skipped")]
    private partial void Executee(string periode, int factures, int ignorees);
}
