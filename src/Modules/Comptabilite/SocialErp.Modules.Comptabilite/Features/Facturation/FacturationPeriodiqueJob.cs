using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using SocialErp.Modules.Comptabilite.Features.Facturation.Seances;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// The daily job (<c>Comptabilite:Facturation:Cron</c>): runs the periodic invoicing of the periods due
/// (<see cref="PeriodesEchues"/>), and bills the due month's signed sessions to the funders
/// (<see cref="FacturationSeancesHandler"/>), with every earlier month not closed in accounting so the sessions' changes
/// are followed. A period already run creates nothing (unique agreement + period; for sessions only differences are
/// billed), so a second pass, or another instance's, only reports <c>deja-facturee</c>.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class FacturationPeriodiqueJob(
    FacturationPeriodiqueHandler handler, FacturationSeancesHandler seances, DimensionsVisibles visibles, IOptions<FacturationOptions> options, TimeProvider timeProvider,
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

        // The first period due is the month: its sessions are billed once it has ended; earlier months not closed in
        // accounting are reconciled again, so a session changed after billing is credited or supplemented.
        if (PeriodesEchues.Au(timeProvider.Aujourdhui(), options.Value.JourExecutionAutomatique) is [var dernier, ..])
        {
            foreach (var mois in await seances.MoisAReconcilierAsync(dernier, cancellationToken))
            {
                if (await seances.ExecuterAsync(new ExecutionSeancesRequest(mois, null), cancellationToken) is { IsSuccess: true } facturation)
                {
                    SeancesFacturees(mois, facturation.Value.Factures.Count, facturation.Value.Ignorees.Count);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Periodic invoicing {Periode}: {Factures} invoice(s), {Ignorees} agreement(s) skipped")]
    private partial void Executee(string periode, int factures, int ignorees);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session billing {Periode}: {Factures} invoice(s), {Ignorees} dossier report(s)")]
    private partial void SeancesFacturees(string periode, int factures, int ignorees);
}
