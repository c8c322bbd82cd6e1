using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Time;
using SocialErp.Modules.Comptabilite.DemoData;
using SocialErp.Modules.Comptabilite.Features.Budgets;
using SocialErp.Modules.Comptabilite.Features.ExecutionsBudgets;
using SocialErp.Modules.Comptabilite.Features.FacturesFournisseurs;
using SocialErp.Modules.Comptabilite.Features.Paiements;
using SocialErp.Modules.Comptabilite.IntegrationEventHandlers;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

namespace SocialErp.Modules.Comptabilite;

/// <summary>The outgoing side of issue 7: budgets, budget runs, payment orders and batches, supplier invoices, camt.054 debits.</summary>
internal static class PaiementsSortantsRegistration
{
    public static void AddPaiementsSortants(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BudgetsOptions>(configuration.GetSection(BudgetsOptions.Section));
        services.Configure<CompteServiceOptions>(configuration.GetSection(CompteServiceOptions.Section));
        services.AddScoped<BudgetsHandler>();
        services.AddScoped<LignesRefacturables>();
        services.AddScoped<LanceurExecutionBudgets>();
        services.AddScoped<ExecuteurBudgets>();
        services.AddScoped<ComptabilisationPaiements>();
        services.AddScoped<LotsPaiementsHandler>();
        services.AddScoped<ImportDebitsCamt>();
        services.AddScoped<FacturesFournisseursHandler>();
        services.AddSingleton<IValidator<FactureFournisseurRequest>, FactureFournisseurValidator>();
        services.AddSingleton<IValidator<BudgetRequest>, BudgetValidator>();
        services.AddSingleton<IValidator<VersionBudgetRequest>, VersionBudgetValidator>();
        services.AddSingleton<IValidator<ExecutionBudgetsRequest>, ExecutionBudgetsValidator>();
        services.AddIntegrationEventHandler<FacturationDossierModifieeIntegrationEvent, BlocagesDossierHandlers>(ComptabiliteDbContext.Schema);
        services.AddIntegrationEventHandler<DossierStatutModifieIntegrationEvent, BlocagesDossierHandlers>(ComptabiliteDbContext.Schema);
        if (configuration.GetValue("Seed:DemoData", false))
        {
            services.AddScoped<DemoFinances>();
            services.AddIntegrationEventHandler<DossierOuvertIntegrationEvent, DemoBudgetsHandler>(ComptabiliteDbContext.Schema);
        }

        PlanifierExecutions(services, configuration);
    }

    public static void MapPaiementsSortants(this IEndpointRouteBuilder group)
    {
        group.MapBudgets();
        group.MapExecutionsBudgets();
        group.MapPaiements();
        group.MapFacturesFournisseurs();
    }

    /// <summary>The daily check for the next month's run joins the host's scheduler, in instances that run one (<c>Jobs:Enabled</c>).</summary>
    private static void PlanifierExecutions(IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("Jobs:Enabled", defaultValue: true))
        {
            return;
        }

        var cron = configuration.GetSection(BudgetsOptions.Section).Get<BudgetsOptions>()?.Cron ?? new BudgetsOptions().Cron;
        if (!CronExpression.TryParse(cron, out _))
        {
            throw new InvalidOperationException($"{BudgetsOptions.Section}:Cron is not a valid Quartz cron expression: '{cron}'.");
        }

        services.AddQuartz(quartz => quartz.ScheduleJob<ExecutionsBudgetsPlanifieesJob>(
            trigger => trigger.WithIdentity("budgets-mensuels-cron", "comptabilite").WithCronSchedule(cron, c => c.InTimeZone(FuseauHoraire.Lire(configuration))),
            job => job.WithIdentity(ExecutionsBudgetsPlanifieesJob.Key).WithDescription("Exécution mensuelle des budgets (mois suivant).")));
    }
}
