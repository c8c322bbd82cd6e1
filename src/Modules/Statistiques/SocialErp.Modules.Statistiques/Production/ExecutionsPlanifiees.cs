using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;
using SocialErp.Modules.Statistiques.Domain.Modeles;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>
/// Starts the scheduled productions: each template with a <c>planification</c> is produced for the previous period
/// once its day has come (e.g. from the 5th of the month for the previous month), if that period has no scheduled
/// production yet. Running it again, or after a missed night, starts nothing twice and catches up.
/// </summary>
internal sealed class ExecutionsPlanifiees(
    StatistiquesDbContext db, SemeurModeles semeur, LanceurExecutions lanceur, TimeProvider timeProvider, ILogger<ExecutionsPlanifiees> logger)
{
    public async Task<int> LancerAsync(CancellationToken cancellationToken)
    {
        await semeur.AssurerAsync(cancellationToken);
        var aujourdhui = timeProvider.Aujourdhui();
        var modeles = (await db.Modeles.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(m => m.Code).Select(g => g.MaxBy(m => m.Version)!);
        var lancees = 0;
        foreach (var modele in modeles)
        {
            var definition = DefinitionModele.Lire(modele.Definition)!;
            if (definition.Planification is not { JourDuMois: { } jour } planification || aujourdhui.Day < jour
                || (planification.Mois is { } mois && aujourdhui.Month < mois))
            {
                continue;
            }

            var periode = PeriodeStatistique.Precedente(modele.TypePeriode, aujourdhui);
            if (await db.Executions.AnyAsync(e => e.ModeleCode == modele.Code && e.Periode == periode.Code && e.Planifiee, cancellationToken))
            {
                continue;
            }

            var resultat = await lanceur.LancerAsync(modele.Code, periode.Code, null, planifiee: true, cancellationToken);
            if (resultat.IsSuccess)
            {
                lancees++;
                logger.LogInformation("Scheduled production of {Modele} for {Periode} started ({ExecutionId})", modele.Code, periode.Code, resultat.Value.Id);
            }
        }

        return lancees;
    }
}

/// <summary>The daily job that starts the scheduled productions (registered by the host with its cron).</summary>
[DisallowConcurrentExecution]
internal sealed class ExecutionsPlanifieesJob : IJob
{
    public static readonly JobKey Key = new("statistiques-planifiees", "statistiques");

    private readonly IServiceProvider _services;

    public ExecutionsPlanifieesJob(IServiceProvider services) => _services = services;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await ((ExecutionsPlanifiees)_services.GetService(typeof(ExecutionsPlanifiees))!).LancerAsync(cancellationToken);
}
