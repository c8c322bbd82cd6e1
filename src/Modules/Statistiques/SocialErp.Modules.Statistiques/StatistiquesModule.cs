using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Statistiques.Contracts;
using SocialErp.Modules.Statistiques.Features.Executions;
using SocialErp.Modules.Statistiques.Features.Listes;
using SocialErp.Modules.Statistiques.Features.TableauxDeBord;
using SocialErp.Modules.Statistiques.Features.Modeles;
using SocialErp.Modules.Statistiques.Features.Reconstruction;
using SocialErp.Modules.Statistiques.Production;
using SocialErp.Modules.Statistiques.Production.Listes;
using SocialErp.Modules.Statistiques.Production.TableauxDeBord;
using SocialErp.Modules.Statistiques.IntegrationEventHandlers;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Statistiques;

/// <summary>Statistiques: official statistics by template, lists and Excel analytics.</summary>
public sealed class StatistiquesModule : IModule
{
    public string Name => StatistiquesDbContext.Schema;

    public Assembly ContractsAssembly => typeof(StatistiquesPermissions).Assembly;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(StatistiquesPermissions.Lire, "Consulter les listes et tableaux de bord statistiques", [Metiers.Direction, Metiers.Comptable, Metiers.Gestionnaire]),
        new(StatistiquesPermissions.Ecrire, "Réviser les modèles statistiques et reconstruire le modèle de lecture", [Metiers.Direction]),
        new(StatistiquesPermissions.Officielles, "Produire et télécharger les statistiques officielles",
            [Metiers.Direction, Metiers.Comptable, Metiers.Integrateur]),
        new(StatistiquesPermissions.Exporter, "Exporter listes et tableaux de bord (CSV, Excel)", [Metiers.Direction, Metiers.Comptable]),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<StatistiquesDbContext>(Name);
        RegisterReadModel(services);
        services.AddSingleton<SemeurModeles>();
        services.AddScoped<EvaluateurModele>();
        services.AddScoped<ProducteurExecution>();
        services.AddScoped<LanceurExecutions>();
        services.AddScoped<ExecutionsPlanifiees>();
        services.Configure<StatistiquesOptions>(configuration.GetSection(StatistiquesOptions.SectionName));
        services.AddSingleton<SemeurListes>();
        services.AddScoped<SourceListe>();
        services.AddScoped<EvaluateurListe>();
        services.AddScoped<ExportListe>();
        services.AddScoped<CalculTableauxDeBord>();
    }

    /// <summary>Schedules the daily look for due statistics productions (called by the host's scheduler set-up).</summary>
    public static void PlanifierProductions(IQuartzBuilder quartz, string cron, TimeZoneInfo fuseau, string groupe) =>
        quartz.ScheduleJob<ExecutionsPlanifieesJob>(
            trigger => trigger.WithIdentity("statistiques-planifiees-cron", groupe).WithCronSchedule(cron, c => c.InTimeZone(fuseau)),
            job => job.WithIdentity(ExecutionsPlanifieesJob.Key)
                .WithDescription("Productions statistiques planifiées (période précédente, selon la planification de chaque modèle)."));

    /// <summary>The key of the scheduled productions job (to trigger it by hand).</summary>
    public static JobKey CleProductionsPlanifiees => ExecutionsPlanifieesJob.Key;

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/statistiques").WithTags("Statistiques");
        group.MapReconstruireLecture();
        group.MapModeles();
        group.MapExecutions();
        group.MapListes();
        group.MapResultatListe();
        group.MapTableauxDeBord();
    }

    private void RegisterReadModel(IServiceCollection services)
    {
        services.AddScoped<ProjectionLecture>();
        services.AddScoped<EnregistrementLecture>();
        services.AddScoped<ReconstructionLecture>();
        services.AddIntegrationEventHandler<FicheCreeeIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<FicheModifieeIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<FicheArchiveeIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<FicheReactiveeIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<FichesFusionneesIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<FichesDefusionneesIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<DossierOuvertIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<DossierModifieIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<DossierStatutModifieIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<DossierTransfereIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<UniteAllocationModifieeIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<EvenementDossierEnregistreIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<SeanceModifieeIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<FinancementDossierModifieIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<ChampsPersonnalisesModifiesIntegrationEvent, ModeleLectureHandler>(Name);
        services.AddIntegrationEventHandler<EcriturePasseeIntegrationEvent, EcrituresLectureHandler>(Name);
        services.AddIntegrationEventHandler<PaiementComptabiliseIntegrationEvent, EcrituresLectureHandler>(Name);
    }
}
