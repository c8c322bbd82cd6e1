using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.Modules.Statistiques.Domain;
using SocialErp.Modules.Statistiques.Domain.Executions;
using SocialErp.Modules.Statistiques.Domain.Listes;
using SocialErp.Modules.Statistiques.Domain.Modeles;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.Modules.Statistiques.Production.Listes;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>
/// Records an execution of the latest version of a template (or a list export) and hands it to the scheduler (a one-shot Quartz job),
/// so it runs in the background on whichever instance holds the scheduler. Without a scheduler (Jobs:Enabled false)
/// it runs on a background task of this instance.
/// </summary>
internal sealed class LanceurExecutions(
    StatistiquesDbContext db, SemeurModeles semeur, ICurrentUser user, TimeProvider timeProvider, IServiceProvider services)
{
    public async Task<Result<ExecutionStatistique>> LancerAsync(string code, string? periodeDemandee, JsonElement? options, bool planifiee, CancellationToken cancellationToken)
    {
        await semeur.AssurerAsync(cancellationToken);
        var modele = await db.Modeles.AsNoTracking().Where(m => m.Code == code).OrderByDescending(m => m.Version).FirstOrDefaultAsync(cancellationToken);
        if (modele is null)
        {
            return StatistiquesErrors.ModeleIntrouvable(code);
        }

        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var periode = PeriodeStatistique.Lire(modele.TypePeriode, periodeDemandee, timeProvider.Jour(maintenant));
        if (!periode.IsSuccess)
        {
            return periode.Error!;
        }

        var execution = new ExecutionStatistique
        {
            Id = Guid.CreateVersion7(),
            Type = TypesExecution.Modele,
            ModeleCode = modele.Code,
            ModeleVersion = modele.Version,
            Periode = periode.Value.Code,
            Debut = periode.Value.Debut,
            Fin = periode.Value.Fin,
            Format = DefinitionModele.Lire(modele.Definition)!.Format!.Type!,
            Planifiee = planifiee,
            DemandeeLe = maintenant,
            DemandeeParId = user.Id,
            Options = options is { ValueKind: JsonValueKind.Object } o ? o.GetRawText() : null,
        };
        db.Executions.Add(execution);
        await db.SaveChangesAsync(cancellationToken);
        await PlanifierAsync(execution.Id, cancellationToken);
        return execution;
    }

    /// <summary>Records the export of a list too large for a synchronous download and hands it to the scheduler.</summary>
    public async Task<ExecutionStatistique> LancerExportListeAsync(Guid listeId, DemandeExportListe demande, string format, CancellationToken cancellationToken)
    {
        var execution = new ExecutionStatistique
        {
            Id = Guid.CreateVersion7(),
            Type = TypesExecution.Liste,
            ListeId = listeId,
            Format = format,
            DemandeeLe = timeProvider.GetUtcNow().UtcDateTime,
            DemandeeParId = user.Id,
            Options = JsonSerializer.Serialize(demande, DefinitionListe.Json),
        };
        db.Executions.Add(execution);
        await db.SaveChangesAsync(cancellationToken);
        await PlanifierAsync(execution.Id, cancellationToken);
        return execution;
    }

    private async Task PlanifierAsync(Guid executionId, CancellationToken cancellationToken)
    {
        if (services.GetService<ISchedulerFactory>() is { } fabrique)
        {
            var scheduler = await fabrique.GetScheduler(cancellationToken);
            var job = JobBuilder.Create<ExecutionStatistiqueJob>()
                .WithIdentity($"execution-{executionId:N}", ExecutionStatistiqueJob.Groupe)
                .UsingJobData(ExecutionStatistiqueJob.Cle, executionId.ToString())
                .Build();
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build(), new ScheduleJobOptions(), cancellationToken);
            return;
        }

        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        _ = Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ProducteurExecution>().ProduireAsync(executionId, CancellationToken.None);
        }, CancellationToken.None);
    }
}

/// <summary>The one-shot job running one execution.</summary>
[DisallowConcurrentExecution]
internal sealed class ExecutionStatistiqueJob(ProducteurExecution producteur) : IJob
{
    public const string Groupe = "statistiques";
    public const string Cle = "executionId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await producteur.ProduireAsync(Guid.Parse(context.MergedJobDataMap.GetString(Cle)!), cancellationToken);
}
