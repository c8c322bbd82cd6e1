using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.BuildingBlocks.Time;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Ged.Contracts.IntegrationEvents;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.DemoData;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.CiblesDocuments;
using SocialErp.Modules.Journal.Features.CorrigerEntree;
using SocialErp.Modules.Journal.Features.Echeances;
using SocialErp.Modules.Journal.Features.Notifications;
using SocialErp.Modules.Journal.Features.EcrireEntree;
using SocialErp.Modules.Journal.Features.JournalDossier;
using SocialErp.Modules.Journal.Features.ListerEntrees;
using SocialErp.Modules.Journal.Features.ListerMutations;
using SocialErp.Modules.Journal.Features.ObtenirEntree;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.Modules.Journal.Features.Transmission;
using SocialErp.Modules.Journal.Features.VerifierMutations;
using SocialErp.Modules.Journal.Features.Workflows;
using SocialErp.Modules.Journal.IntegrationEventHandlers;
using SocialErp.Modules.Journal.Jobs;
using SocialErp.Modules.Journal.Notifications;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.Modules.Journal.Queries;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal;

/// <summary>Journal: journal de bord, échéancier, workflows and the journal des mutations.</summary>
public sealed class JournalModule : IModule
{
    /// <summary>Quartz cron of the overdue marking (seconds first): every night at 00:15 by default.</summary>
    public const string CronEcheancesEchuesParDefaut = "0 15 0 * * ?";

    public string Name => JournalDbContext.Schema;

    public Assembly ContractsAssembly => typeof(JournalPermissions).Assembly;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(JournalPermissions.Lire, "Lire le journal des cibles visibles", Metiers.Tous),
        new(JournalPermissions.Ecrire, "Écrire dans le journal",
            [Metiers.Direction, Metiers.AssistantSocial, Metiers.Gestionnaire, Metiers.Administratif, Metiers.Comptable]),
        new(JournalPermissions.LireMutations, "Consulter le journal des mutations", [Metiers.Direction]),
        new(JournalPermissions.GererWorkflows, "Définir les workflows", [Metiers.Administrateur]),
        new(JournalPermissions.RenvoyerNotifications, "Renvoyer une notification en échec",
            [Metiers.Direction, Metiers.AssistantSocial, Metiers.Gestionnaire, Metiers.Administratif]),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<JournalDbContext>(Name);
        services.AddRepository<Mutation, JournalDbContext>();
        services.AddRepository<EntreeJournal, JournalDbContext>();
        services.AddRepository<Echeance, JournalDbContext>();
        services.AddScoped<RegistreMutations>();
        services.AddScoped<VerificationChaine>();
        services.AddScoped<CiblesVisibles>();
        services.AddScoped<DossiersFermes>();
        services.AddScoped<LectureEntrees>();
        services.AddScoped<LectureEntree>();
        services.AddScoped<IVisibiliteCibles, CiblesDocumentEntree>();
        services.AddScoped<AttributionEcheances>();
        services.AddScoped<EcrireEntreeHandler>();
        services.AddScoped<CorrigerEntreeHandler>();
        services.AddScoped<EcheancesModifiables>();
        services.AddScoped<RealiserEcheanceHandler>();
        services.AddScoped<AnnulerEcheanceHandler>();
        services.AddScoped<ReporterEcheanceHandler>();
        services.AddScoped<ReattribuerEcheanceHandler>();
        services.AddScoped<MoteurWorkflows>();
        services.AddScoped<EntreesAutomatiques>();
        services.AddScoped<MarquageEcheancesEchues>();
        services.AddScoped<IContributeurVue360, JournalVue360>();
        AjouterNotifications(services, configuration);
        services.AddScoped<IDemoDataSeeder, JournalDemoDataSeeder>();
        services.AddSingleton<IValidator<EcrireEntreeRequest>, EcrireEntreeValidator>();
        services.AddSingleton<IValidator<CorrigerEntreeRequest>, CorrigerEntreeValidator>();
        services.AddSingleton<IValidator<TransmettreDossierRequest>, TransmettreDossierValidator>();
        services.AddSingleton<IValidator<RealiserEcheanceRequest>, RealiserEcheanceValidator>();
        services.AddSingleton<IValidator<AnnulerEcheanceRequest>, AnnulerEcheanceValidator>();
        services.AddSingleton<IValidator<ReporterEcheanceRequest>, ReporterEcheanceValidator>();
        services.AddSingleton<IValidator<ReattribuerEcheanceRequest>, ReattribuerEcheanceValidator>();
        services.AddSingleton<IValidator<WorkflowDefinitionRequest>, WorkflowDefinitionValidator>();
        services.AddSingleton<IValidator<DemarrerWorkflowRequest>, DemarrerWorkflowValidator>();

        services.AddIntegrationEventHandler<MutationsEnregistreesIntegrationEvent, MutationsEnregistreesHandler>(Name);
        services.AddIntegrationEventHandler<MutationEnregistreeIntegrationEvent, MutationEnregistreeHandler>(Name);
        services.AddIntegrationEventHandler<ConsultationEnregistreeIntegrationEvent, ConsultationEnregistreeHandler>(Name);
        services.AddIntegrationEventHandler<FicheCreeeIntegrationEvent, FicheCreeeHandler>(Name);
        services.AddIntegrationEventHandler<FichesFusionneesIntegrationEvent, FichesFusionneesHandler>(Name);
        services.AddIntegrationEventHandler<FichesDefusionneesIntegrationEvent, FichesDefusionneesHandler>(Name);
        services.AddIntegrationEventHandler<DossierOuvertIntegrationEvent, DossierOuvertHandler>(Name);
        services.AddIntegrationEventHandler<AccesDossierModifieIntegrationEvent, AccesDossierModifieHandler>(Name);
        services.AddIntegrationEventHandler<DossierStatutModifieIntegrationEvent, DossierStatutModifieHandler>(Name);
        services.AddIntegrationEventHandler<DossierTransfereIntegrationEvent, DossierTransfereHandler>(Name);
        services.AddIntegrationEventHandler<RelanceMemoModifieeIntegrationEvent, RelanceMemoModifieeHandler>(Name);
        services.AddIntegrationEventHandler<EvenementDossierEnregistreIntegrationEvent, EvenementDossierEnregistreHandler>(Name);
        services.AddIntegrationEventHandler<PaiementComptabiliseIntegrationEvent, PaiementComptabiliseHandler>(Name);
        services.AddIntegrationEventHandler<EcheancePaiementPlanifieeIntegrationEvent, EcheancePaiementPlanifieeHandler>(Name);
        services.AddIntegrationEventHandler<DocumentAjouteIntegrationEvent, DocumentsHandlers>(Name);
        services.AddIntegrationEventHandler<DocumentGenereIntegrationEvent, DocumentsHandlers>(Name);
        services.AddIntegrationEventHandler<DocumentSupprimeIntegrationEvent, DocumentsHandlers>(Name);
        services.AddIntegrationEventHandler<SeanceModifieeIntegrationEvent, SeanceModifieeHandler>(Name);

        AjouterJobs(services, configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Journal");
        group.MapListerMutations();
        group.MapVerifierMutations();
        group.MapListerEntrees();
        group.MapListerJournalDossier();
        group.MapEcrireEntree();
        group.MapObtenirEntree();
        group.MapCorrigerEntree();
        group.MapTransmettreDossier();
        group.MapListerEcheances();
        group.MapRealiserEcheance();
        group.MapAnnulerEcheance();
        group.MapReporterEcheance();
        group.MapReattribuerEcheance();
        group.MapDefinitionsWorkflow();
        group.MapInstancesWorkflow();
        group.MapListerNotifications();
        group.MapObtenirNotification();
        group.MapRenvoyerNotification();
    }

    /// <summary>
    /// The notification outbox: transports chosen by <c>Journal:Notifications</c>, checked here so that a wrong setting stops
    /// the start instead of failing every send.
    /// </summary>
    private static void AjouterNotifications(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NotificationsOptions.SectionName);
        var options = section.Get<NotificationsOptions>() ?? new NotificationsOptions();
        var erreurs = options.Erreurs();
        if (erreurs.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", erreurs));
        }

        services.AddOptions<NotificationsOptions>().Bind(section);
        services.AddSingleton<DossiersNotifications>();
        services.AddScoped<FileNotificationsSeance>();
        services.AddScoped<RappelsSeances>();
        services.AddScoped<EnvoiNotifications>();
        services.AddScoped<NotificationsVisibles>();
        services.AddRepository<Notification, JournalDbContext>();
        if (options.Email.Transport == EmailOptions.TransportSmtp)
        {
            services.AddSingleton<IEnvoiEmail, EmailSmtp>();
        }
        else
        {
            services.AddSingleton<IEnvoiEmail, EmailFichier>();
        }

        if (options.Sms.Transport == SmsOptions.TransportHttp)
        {
            services.AddHttpClient(SmsHttp.Client);
            services.AddSingleton<IEnvoiSms, SmsHttp>();
        }
        else
        {
            services.AddSingleton<IEnvoiSms, SmsFichier>();
        }
    }

    /// <summary>The overdue marking joins the host's scheduler (which runs only where <c>Jobs:Enabled</c>).</summary>
    private static void AjouterJobs(IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            return;
        }

        var cron = configuration["Jobs:EcheancesEchues:Cron"] ?? CronEcheancesEchuesParDefaut;
        if (!CronExpression.TryParse(cron, out _))
        {
            throw new InvalidOperationException($"Jobs:EcheancesEchues:Cron is not a valid Quartz cron expression: '{cron}'.");
        }

        services.AddQuartz(q => q.ScheduleJob<EcheancesEchuesJob>(
            trigger => trigger.WithIdentity("echeances-echues-cron", "journal").WithCronSchedule(cron, c => c.InTimeZone(FuseauHoraire.Lire(configuration))),
            job => job.WithIdentity(EcheancesEchuesJob.Key).WithDescription("Marque en retard les échéances dépassées et publie EcheanceEchue.")));

        var notifications = configuration.GetSection(NotificationsOptions.SectionName).Get<NotificationsOptions>() ?? new NotificationsOptions();
        services.AddQuartz(q =>
        {
            q.ScheduleJob<EnvoiNotificationsJob>(
                trigger => trigger.WithIdentity("notifications-envoi-intervalle", "journal").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(notifications.IntervalleEnvoi).RepeatForever()),
                job => job.WithIdentity(EnvoiNotificationsJob.Key).WithDescription("Envoie les notifications en file (e-mail, SMS)."));
            q.ScheduleJob<RappelsSeancesJob>(
                trigger => trigger.WithIdentity("notifications-rappels-cron", "journal")
                    .WithCronSchedule(notifications.RappelsCron, c => c.InTimeZone(FuseauHoraire.Lire(configuration))),
                job => job.WithIdentity(RappelsSeancesJob.Key).WithDescription("Met en file les rappels des séances du lendemain."));
        });
    }
}
