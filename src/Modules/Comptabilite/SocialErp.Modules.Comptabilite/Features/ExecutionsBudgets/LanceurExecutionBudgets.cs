using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.ExecutionsBudgets;

/// <summary>
/// Records the run of a month — or returns the month's existing run: a month is run once — and hands it to the
/// scheduler (a one-shot Quartz job, on whichever instance holds it); without a scheduler (Jobs:Enabled false) it runs
/// on a background task of this instance.
/// </summary>
internal sealed class LanceurExecutionBudgets(ComptabiliteDbContext db, ICurrentUser user, TimeProvider timeProvider, IServiceProvider services)
{
    public async Task<(ExecutionBudgets Execution, bool Nouvelle)> LancerAsync(string mois, bool planifiee, CancellationToken cancellationToken)
    {
        var existante = await db.ExecutionsBudgets.AsNoTracking().FirstOrDefaultAsync(e => e.Mois == mois, cancellationToken);
        if (existante is not null)
        {
            return (existante, false);
        }

        var execution = ExecutionBudgets.Demander(mois, planifiee, timeProvider.Maintenant(), planifiee ? null : user.Id);
        db.ExecutionsBudgets.Add(execution);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent request created the month's run first (unique index on the month): that one is the answer.
            db.ChangeTracker.Clear();
            return (await db.ExecutionsBudgets.AsNoTracking().FirstAsync(e => e.Mois == mois, cancellationToken), false);
        }

        await PlanifierAsync(execution.Id, cancellationToken);
        return (execution, true);
    }

    private async Task PlanifierAsync(Guid executionId, CancellationToken cancellationToken)
    {
        if (services.GetService<ISchedulerFactory>() is { } fabrique)
        {
            var scheduler = await fabrique.GetScheduler(cancellationToken);
            var job = JobBuilder.Create<ExecutionBudgetsJob>()
                .WithIdentity($"budgets-{executionId:N}", ExecutionBudgetsJob.Groupe)
                .UsingJobData(ExecutionBudgetsJob.Cle, executionId.ToString())
                .Build();
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build(), new ScheduleJobOptions(), cancellationToken);
            return;
        }

        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        // Not flowing the request's context: the run reads as the system, not as the user who asked for it.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(async () =>
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ExecuteurBudgets>().ExecuterAsync(executionId, CancellationToken.None);
            }, CancellationToken.None);
        }
    }
}

/// <summary>The one-shot job running one month's budgets.</summary>
[DisallowConcurrentExecution]
internal sealed class ExecutionBudgetsJob(ExecuteurBudgets executeur) : IJob
{
    public const string Groupe = "comptabilite";
    public const string Cle = "executionId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await executeur.ExecuterAsync(Guid.Parse(context.MergedJobDataMap.GetString(Cle)!), cancellationToken);
}

/// <summary>
/// The daily job: from <see cref="Budgets.BudgetsOptions.JourExecutionAutomatique"/> of a month, runs the next month's
/// budgets if that month has no run yet (a missed day catches up, a second pass starts nothing).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ExecutionsBudgetsPlanifieesJob(
    LanceurExecutionBudgets lanceur, Microsoft.Extensions.Options.IOptions<Budgets.BudgetsOptions> options, TimeProvider timeProvider) : IJob
{
    public static readonly JobKey Key = new("budgets-mensuels", "comptabilite");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var aujourdhui = timeProvider.Aujourdhui();
        if (options.Value.JourExecutionAutomatique > 0 && aujourdhui.Day >= options.Value.JourExecutionAutomatique)
        {
            await lanceur.LancerAsync($"{aujourdhui.AddMonths(1):yyyy-MM}", planifiee: true, cancellationToken);
        }
    }
}
