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
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Contracts.Queries;
using SocialErp.Modules.Comptabilite.DemoData;
using SocialErp.Modules.Comptabilite.Features.Balance;
using SocialErp.Modules.Comptabilite.Features.CiblesDocuments;
using SocialErp.Modules.Comptabilite.Features.Comptes;
using SocialErp.Modules.Comptabilite.Features.Controle;
using SocialErp.Modules.Comptabilite.Features.Decomptes;
using SocialErp.Modules.Comptabilite.Features.Encaissements;
using SocialErp.Modules.Comptabilite.Features.DetteSociale;
using SocialErp.Modules.Comptabilite.Features.ExtournerEcriture;
using SocialErp.Modules.Comptabilite.Features.Facturation;
using SocialErp.Modules.Comptabilite.Features.Facturation.Seances;
using SocialErp.Modules.Comptabilite.Features.GrandLivreCompte;
using SocialErp.Modules.Comptabilite.Features.GrandLivrePersonne;
using SocialErp.Modules.Comptabilite.Features.ListerEcritures;
using SocialErp.Modules.Comptabilite.Features.ObtenirEcriture;
using SocialErp.Modules.Comptabilite.Features.PasserEcriture;
using SocialErp.Modules.Comptabilite.Features.Periodes;
using SocialErp.Modules.Comptabilite.Features.Prestations;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Features.UniteAllocation;
using SocialErp.Modules.Comptabilite.IntegrationEventHandlers;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Comptabilite.Queries;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite;

/// <summary>Comptabilité: per-person ledgers consolidated per allocation unit, social debt, periods, integrity.</summary>
public sealed class ComptabiliteModule : IModule
{
    public string Name => ComptabiliteDbContext.Schema;

    public Assembly ContractsAssembly => typeof(ComptabilitePermissions).Assembly;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(ComptabilitePermissions.Lire, "Consulter la comptabilité", [Metiers.Direction, Metiers.Comptable, Metiers.AssistantSocial, Metiers.Gestionnaire]),
        new(ComptabilitePermissions.Ecrire, "Passer des écritures et des paiements", [Metiers.Comptable]),
        new(ComptabilitePermissions.Parametrer, "Modifier le plan comptable", []),
        new(ComptabilitePermissions.Consolider, "Consolider toutes les unités d'allocation, contrôler l'intégrité", [Metiers.Direction, Metiers.Comptable]),
        new(ComptabilitePermissions.Cloturer, "Clôturer un mois ou une année", [Metiers.Direction, Metiers.Comptable]),
        new(ComptabilitePermissions.Rouvrir, "Rouvrir un mois clôturé", [Metiers.Direction]),
        new(ComptabilitePermissions.RemettreDette, "Remettre une dette sociale", [Metiers.Direction]),
        new(ComptabilitePermissions.ValoriserPrestations, "Saisir des prestations valorisées sur les dossiers",
            [Metiers.Comptable, Metiers.AssistantSocial, Metiers.Gestionnaire]),
        new(ComptabilitePermissions.Facturer, "Émettre des factures débiteurs, avoirs et rappels", [Metiers.Comptable]),
        new(ComptabilitePermissions.Encaisser, "Importer les encaissements bancaires et les affecter", [Metiers.Comptable]),
        new(ComptabilitePermissions.Decomptes, "Établir les décomptes au canton et aux communes", [Metiers.Direction, Metiers.Comptable]),
        new(ComptabilitePermissions.GererBudgets, "Établir et versionner les budgets mensuels", [Metiers.AssistantSocial, Metiers.Comptable]),
        new(ComptabilitePermissions.ValiderPaiements, "Approuver les factures fournisseurs, libérer les lots de paiements", [Metiers.Direction, Metiers.Comptable]),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ComptabiliteDbContext>(Name);
        services.AddScoped<DimensionsVisibles>();
        services.AddScoped<IVisibiliteCibles, CiblesDocumentComptabilite>();
        services.AddScoped<IContributeurVue360, ComptabiliteVue360>();
        services.AddScoped<Comptabilisation>();
        services.AddScoped<LecteurGrandLivre>();
        services.AddScoped<LecteurSoldes>();
        services.AddScoped<PresentationGrandLivre>();
        services.AddSingleton<NumerosComptes>();
        services.AddScoped<ConsolidationMensuelle>();
        services.AddScoped<CalculDette>();
        services.AddScoped<ControleIntegrite>();
        services.AddScoped<PeriodesHandler>();
        services.AddScoped<PasserEcritureHandler>();
        services.AddScoped<ExtournerEcritureHandler>();
        services.AddScoped<RemettreDetteHandler>();
        services.AddScoped<IBudgetsLecture, BudgetsLecture>();
        services.AddSingleton<IValidator<EcritureRequest>, EcritureRequestValidator>();
        RegisterFacturation(services, configuration);
        services.AddSingleton<IValidator<ExtournerEcritureRequest>, ExtournerEcritureValidator>();
        services.AddSingleton<IValidator<CreerCompteRequest>, CreerCompteValidator>();
        services.AddSingleton<IValidator<ModifierCompteRequest>, ModifierCompteValidator>();
        services.AddSingleton<IValidator<ReouvertureRequest>, ReouvertureValidator>();
        services.AddSingleton<IValidator<ConventionRequest>, ConventionValidator>();
        services.AddSingleton<IValidator<RemiseDetteRequest>, RemiseDetteValidator>();
        services.AddIntegrationEventHandler<UniteAllocationModifieeIntegrationEvent, UniteAllocationModifieeHandler>(Name);
        services.AddIntegrationEventHandler<FichesFusionneesIntegrationEvent, FichesFusionneesHandler>(Name);
        services.AddIntegrationEventHandler<FinancementDossierModifieIntegrationEvent, FinancementDossierModifieHandler>(Name);
        services.AddIntegrationEventHandler<SeanceModifieeIntegrationEvent, SeanceModifieeHandler>(Name);
        services.AddIntegrationEventHandler<FichesDefusionneesIntegrationEvent, FichesDefusionneesHandler>(Name);
        services.AddPaiementsSortants(configuration);
        if (configuration.GetValue("Seed:DemoData", false))
        {
            services.AddIntegrationEventHandler<DossierOuvertIntegrationEvent, DemoDossierOuvertHandler>(Name);
        }
    }

    private static void RegisterFacturation(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FacturationOptions>(configuration.GetSection(FacturationOptions.Section));
        services.AddScoped<DimensionsDossier>();
        services.AddScoped<NumerotationFactures>();
        services.AddScoped<EmissionFactures>();
        services.AddScoped<ValoriserPrestationHandler>();
        services.AddScoped<EmettreFactureHandler>();
        services.AddScoped<AvoirsRappelsHandler>();
        services.AddScoped<QrFacturesDebiteurs>();
        services.AddScoped<FacturationPeriodiqueHandler>();
        services.AddScoped<FacturationSeancesHandler>();
        services.AddSingleton<IValidator<ConventionFacturationRequest>, ConventionFacturationValidator>();
        services.AddScoped<ImputationsEncaissement>();
        services.Configure<DecomptesOptions>(configuration.GetSection(DecomptesOptions.Section));
        services.AddScoped<CalculDecompte>();
        services.AddScoped<ImporterCamtHandler>();
        services.AddScoped<AffecterEncaissementHandler>();
        services.AddSingleton<IValidator<AffectationRequest>, AffectationValidator>();
        services.AddSingleton<IValidator<FactureRequest>, FactureValidator>();
        services.AddSingleton<IValidator<AvoirRequest>, AvoirValidator>();
        services.AddSingleton<IValidator<TarifRequest>, TarifValidator>();
        services.AddSingleton<IValidator<PrestationRequest>, PrestationValidator>();
        PlanifierFacturationPeriodique(services, configuration);
    }

    /// <summary>The daily periodic invoicing joins the host's scheduler, in instances that run one (<c>Jobs:Enabled</c>).</summary>
    private static void PlanifierFacturationPeriodique(IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("Jobs:Enabled", defaultValue: true))
        {
            return;
        }

        var cron = configuration.GetSection(FacturationOptions.Section).Get<FacturationOptions>()?.Cron ?? new FacturationOptions().Cron;
        if (!CronExpression.TryParse(cron, out _))
        {
            throw new InvalidOperationException($"{FacturationOptions.Section}:Cron is not a valid Quartz cron expression: '{cron}'.");
        }

        services.AddQuartz(quartz => quartz.ScheduleJob<FacturationPeriodiqueJob>(
            trigger => trigger.WithIdentity("facturation-periodique-cron", "comptabilite").WithCronSchedule(cron, c => c.InTimeZone(FuseauHoraire.Lire(configuration))),
            job => job.WithIdentity(FacturationPeriodiqueJob.Key).WithDescription("Facturation périodique des conventions (périodes échues).")));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/comptabilite").WithTags("Comptabilité");
        group.MapComptes();
        group.MapPasserEcriture();
        group.MapObtenirEcriture();
        group.MapListerEcritures();
        group.MapExtournerEcriture();
        group.MapGrandLivrePersonne();
        group.MapGrandLivreCompte();
        group.MapBalance();
        group.MapConsolidationMensuelle();
        group.MapUniteAllocation();
        group.MapDetteSociale();
        group.MapRemettreDette();
        group.MapConventions();
        group.MapPeriodes();
        group.MapControle();
        group.MapTarifs();
        group.MapPrestationsValorisees();
        group.MapFacturesDebiteurs();
        group.MapConventionsFacturation();
        group.MapFacturationSeances();
        group.MapEncaissements();
        group.MapDecomptes();
        group.MapPaiementsSortants();
    }
}
