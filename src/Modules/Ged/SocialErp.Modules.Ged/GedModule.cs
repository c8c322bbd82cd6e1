using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.BuildingBlocks.Time;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Ged.Cibles;
using SocialErp.Modules.Ged.Contenus;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Ged.DemoData;
using SocialErp.Modules.Ged.Features.BoiteReception;
using SocialErp.Modules.Ged.Features.CiblesDocument;
using SocialErp.Modules.Ged.Features.DeposerDocument;
using SocialErp.Modules.Ged.Features.Modeles;
using SocialErp.Modules.Ged.Features.ObtenirDocument;
using SocialErp.Modules.Ged.Features.Publipostage;
using SocialErp.Modules.Ged.Features.RechercherDocuments;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Features.SupprimerDocument;
using SocialErp.Modules.Ged.Features.TelechargerContenu;
using SocialErp.Modules.Ged.Features.Versions;
using SocialErp.Modules.Ged.IntegrationEventHandlers;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.Modules.Ged.Publipostage;
using SocialErp.Modules.Ged.Queries;
using SocialErp.Modules.Ged.Recherche;
using SocialErp.Modules.Ged.Retention;
using SocialErp.Modules.Ged.Stockage;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Ged;

/// <summary>GED: documents attached to the element they concern, versions, search, mail merge.</summary>
public sealed class GedModule : IModule
{
    public string Name => GedDbContext.Schema;

    public Assembly ContractsAssembly => typeof(GedPermissions).Assembly;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(GedPermissions.Lire, "Lire les documents", Metiers.Tous),
        new(GedPermissions.Ecrire, "Déposer et modifier des documents", [Metiers.Direction, Metiers.AssistantSocial, Metiers.Gestionnaire, Metiers.Administratif, Metiers.Comptable]),
        new(GedPermissions.LireConfidentiel, "Lire les documents confidentiels", [Metiers.Direction, Metiers.AssistantSocial]),
        new(GedPermissions.GererModeles, "Gérer les modèles de publipostage", [Metiers.Direction, Metiers.Administratif]),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<GedDbContext>(Name);
        services.Configure<GedOptions>(configuration.GetSection(GedOptions.SectionName));
        RegisterStockage(services, configuration);
        services.AddScoped<ControleCibles>();
        services.AddScoped<AccesDocuments>();
        services.AddScoped<IVisibiliteCibles, CiblesFiche>();
        services.AddScoped<IVisibiliteCibles, CiblesDossier>();
        services.AddScoped<ReceptionContenus>();
        services.AddScoped<DocumentsCharges>();
        services.AddScoped<DeposerDocumentHandler>();
        services.AddScoped<AjouterVersionHandler>();
        services.AddScoped<RechercherDocumentsHandler>();
        services.AddScoped<IContributeurVue360, GedVue360>();
        services.AddScoped<DeposerLotHandler>();
        services.AddSingleton<IValidator<DeposerDocumentForm>, DeposerDocumentValidator>();
        services.AddSingleton<IValidator<AjouterVersionForm>, AjouterVersionValidator>();
        services.AddSingleton<IValidator<CibleRequest>, CibleRequestValidator>();
        services.AddSingleton<IValidator<DeposerLotForm>, DeposerLotValidator>();
        services.AddSingleton<IValidator<AssignerDocumentRequest>, AssignerDocumentValidator>();
        RegisterPublipostage(services);
        RegisterRetention(services, configuration);
        services.AddIntegrationEventHandler<FichesFusionneesIntegrationEvent, FichesFusionneesHandler>(Name);
        services.AddIntegrationEventHandler<FichesDefusionneesIntegrationEvent, FichesDefusionneesHandler>(Name);
        services.AddIntegrationEventHandler<EvenementDossierEnregistreIntegrationEvent, EvenementDossierEnregistreHandler>(Name);
        services.AddScoped<IDemoDataSeeder, GedDemoDataSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/api/documents").WithTags("GED");
        documents.MapDeposerDocument();
        documents.MapRechercherDocuments();
        documents.MapBoiteReception();
        documents.MapObtenirDocument();
        documents.MapTelechargerContenu();
        documents.MapVersions();
        documents.MapCiblesDocument();
        documents.MapSupprimerDocument();

        var modeles = endpoints.MapGroup("/api/modeles").WithTags("GED");
        modeles.MapModeles();
        modeles.MapPublipostage();
    }

    private static void RegisterPublipostage(IServiceCollection services)
    {
        services.AddScoped<SourcesFusion>();
        services.AddScoped<GenerateurDocuments>();
        services.AddScoped<DeposerModeleHandler>();
        services.AddSingleton<IValidator<DeposerModeleForm>, DeposerModeleValidator>();
        services.AddSingleton<IValidator<PublipostageRequest>, PublipostageValidator>();
    }

    /// <summary>The purge joins the host's scheduler, in instances that run one (<c>Jobs:Enabled</c>).</summary>
    private static void RegisterRetention(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PurgeDocuments>();
        if (!configuration.GetValue("Jobs:Enabled", defaultValue: true))
        {
            return;
        }

        var cron = configuration.GetSection(GedOptions.SectionName).Get<GedOptions>()?.PurgeCron ?? new GedOptions().PurgeCron;
        if (!CronExpression.TryParse(cron, out _))
        {
            throw new InvalidOperationException($"Ged:PurgeCron is not a valid Quartz cron expression: '{cron}'.");
        }

        // AddQuartz is additive: this adds the job to the scheduler the host configures.
        services.AddQuartz(quartz => quartz.ScheduleJob<PurgeDocumentsJob>(
            trigger => trigger.WithIdentity("purge-documents-cron", "maintenance").WithCronSchedule(cron, c => c.InTimeZone(FuseauHoraire.Lire(configuration))),
            job => job.WithIdentity(PurgeDocumentsJob.Key).WithDescription("Purge des documents supprimés dont la conservation est échue.")));
    }

    private static void RegisterStockage(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StockageOptions>(configuration.GetSection("Ged:Stockage"));
        services.AddSingleton<IStockageContenus>(sp =>
        {
            var dossier = sp.GetRequiredService<IOptions<StockageOptions>>().Value.Dossier;
            if (string.IsNullOrWhiteSpace(dossier))
            {
                dossier = Path.Combine(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.DataFolder, "ged");
            }

            return new StockageLocal(Path.GetFullPath(dossier));
        });
        services.AddScoped<IRechercheTexte>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.PostgreSql
                ? new RechercheTextePostgreSql(sp.GetRequiredService<GedDbContext>())
                : new RechercheTexteSqlite(sp.GetRequiredService<GedDbContext>()));
    }
}
