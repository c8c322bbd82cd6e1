using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Dossiers.DemoData;
using SocialErp.Modules.Dossiers.Features.Acces;
using SocialErp.Modules.Dossiers.Features.ChampsPersonnalises;
using SocialErp.Modules.Dossiers.Features.CiblesDocuments;
using SocialErp.Modules.Dossiers.Features.Contacts;
using SocialErp.Modules.Dossiers.Features.Conventions;
using SocialErp.Modules.Dossiers.Features.Cycle;
using SocialErp.Modules.Dossiers.Features.Evenements;
using SocialErp.Modules.Dossiers.Features.Indicateurs;
using SocialErp.Modules.Dossiers.Features.Financement;
using SocialErp.Modules.Dossiers.Features.Memos;
using SocialErp.Modules.Dossiers.Features.Membres;
using SocialErp.Modules.Dossiers.Features.ModifierDossier;
using SocialErp.Modules.Dossiers.Features.Objectifs;
using SocialErp.Modules.Dossiers.Features.ObtenirDossier;
using SocialErp.Modules.Dossiers.Features.OuvrirDossier;
using SocialErp.Modules.Dossiers.Features.Placements;
using SocialErp.Modules.Dossiers.Features.Prestations;
using SocialErp.Modules.Dossiers.Features.RechercherDossiers;
using SocialErp.Modules.Dossiers.Features.RolesContact;
using SocialErp.Modules.Dossiers.Features.Seances;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Features.TypesEvenements;
using SocialErp.Modules.Dossiers.Features.Structures;
using SocialErp.Modules.Dossiers.Features.UniteAllocation;
using SocialErp.Modules.Dossiers.IntegrationEventHandlers;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Dossiers.Queries;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers;

/// <summary>Dossiers: case files, households, lifecycle, sessions and events.</summary>
public sealed class DossiersModule : IModule
{
    public string Name => DossiersDbContext.Schema;

    public Assembly ContractsAssembly => typeof(DossiersPermissions).Assembly;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(DossiersPermissions.Lire, "Lire les dossiers visibles", Metiers.Tous),
        new(DossiersPermissions.Ecrire, "Ouvrir et modifier des dossiers", [Metiers.Direction, Metiers.AssistantSocial, Metiers.Gestionnaire, Metiers.Administratif]),
        new(DossiersPermissions.CorrigerEvenements, "Corriger ou supprimer un événement enregistré", [Metiers.Direction]),
        new(DossiersPermissions.ModifierPrestation, "Changer la prestation d'un dossier", [Metiers.Direction]),
        new(DossiersPermissions.Parametrer, "Paramétrer les prestations, les types d'événements et les conventions de financement", [Metiers.Direction]),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DossiersDbContext>(Name);
        services.Configure<DossiersOptions>(configuration.GetSection(DossiersOptions.SectionName));
        services.AddScoped<DossiersVisibles>();
        services.AddSingleton<VisibiliteParService>();
        services.AddScoped<ChargementDossier>();
        services.AddScoped<ReponseDossier>();
        services.AddScoped<VerificationFiches>();
        services.AddSingleton<IValidator<OuvrirDossierRequest>, OuvrirDossierValidator>();
        services.AddSingleton<IValidator<ModifierDossierRequest>, ModifierDossierValidator>();
        services.AddSingleton<IValidator<MembreRequest>, AjouterMembreValidator>();
        services.AddSingleton<IValidator<UniteAllocationRequest>, UniteAllocationValidator>();
        services.AddSingleton<IValidator<AjouterReferentRequest>, AjouterReferentValidator>();
        services.AddSingleton<IValidator<PartagerRequest>, PartagerValidator>();
        services.AddSingleton<IValidator<TransfererRequest>, TransfererValidator>();
        services.AddSingleton<IValidator<PrestationRequest>, PrestationValidator>();
        services.AddSingleton<IValidator<RoleContactRequest>, RoleContactValidator>();
        services.AddScoped<NumerotationDossiers>();
        services.AddScoped<OuvrirDossierHandler>();
        services.AddScoped<ModifierDossierHandler>();
        services.AddScoped<MembresHandler>();
        services.AddScoped<AccesHandler>();
        RegisterSeancesEvenements(services);
        services.AddSingleton<DossiersExistants>();
        services.AddScoped<IDossierVisibilite, DossierVisibilite>();
        services.AddScoped<IVisibiliteCibles, CiblesDocumentSeance>();
        services.AddScoped<IOppositionArchivage, OppositionArchivageDossiers>();
        services.AddScoped<IDossiersLecture, DossiersLecture>();
        services.AddScoped<LectureIndicateurs>();
        services.AddScoped<ISuiviDossierLecture, SuiviDossierLecture>();
        services.AddScoped<IContributeurVue360, DossiersVue360>();
        services.AddIntegrationEventHandler<FichesFusionneesIntegrationEvent, FichesFusionneesHandler>(Name);
        services.AddIntegrationEventHandler<FichesDefusionneesIntegrationEvent, FichesDefusionneesHandler>(Name);
        services.AddIntegrationEventHandler<PaiementComptabiliseIntegrationEvent, PaiementComptabiliseHandler>(Name);
        RegisterSuivi(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var dossiers = endpoints.MapGroup("/api/dossiers").WithTags("Dossiers");
        dossiers.MapOuvrirDossier();
        dossiers.MapRechercherDossiers();
        dossiers.MapObtenirDossier();
        dossiers.MapModifierDossier();
        dossiers.MapMembres();
        dossiers.MapUniteAllocation();
        dossiers.MapAcces();
        dossiers.MapCycle();
        dossiers.MapSeances();
        dossiers.MapEvenements();
        dossiers.MapIndicateurs();

        var parametres = endpoints.MapGroup("/api/parametres").WithTags("Dossiers");
        parametres.MapPrestations();
        parametres.MapTypesEvenements();
        parametres.MapRolesContact();
        MapSuivi(dossiers, parametres);
    }

    private static void RegisterSeancesEvenements(IServiceCollection services)
    {
        services.AddSingleton<IValidator<SeanceRequest>, SeanceValidator>();
        services.AddSingleton<IValidator<ReportSeanceRequest>, ReportSeanceValidator>();
        services.AddSingleton<IValidator<AnnulationSeanceRequest>, AnnulationSeanceValidator>();
        services.AddSingleton<IValidator<EmargementRequest>, EmargementValidator>();
        services.AddSingleton<IValidator<TypeEvenementRequest>, TypeEvenementValidator>();
        services.AddSingleton<IValidator<EvenementRequest>, EvenementValidator>();
        services.AddSingleton<IValidator<CorrectionEvenementRequest>, CorrectionEvenementValidator>();
        services.AddScoped<SeancesHandler>();
        services.AddScoped<EvenementsHandler>();
    }

    /// <summary>Funding, contacts, objectives, memos, placements and custom fields.</summary>
    private void RegisterSuivi(IServiceCollection services)
    {
        services.AddScoped<DossiersCibles>();
        services.AddSingleton<IValidator<FinancementRequest>, FinancementValidator>();
        services.AddSingleton<IValidator<ConventionFinancementRequest>, ConventionFinancementValidator>();
        services.AddScoped<CompletionConvention>();
        services.AddSingleton<IValidator<ContactRequest>, ContactValidator>();
        services.AddSingleton<IValidator<ObjectifRequest>, ObjectifValidator>();
        services.AddSingleton<IValidator<MemoRequest>, MemoValidator>();
        services.AddScoped<RelancesMemos>();
        services.AddSingleton<IValidator<StructureRequest>, StructureValidator>();
        services.AddSingleton<IValidator<PlanningTypeRequest>, PlanningTypeValidator>();
        services.AddSingleton<IValidator<PlacementRequest>, PlacementValidator>();
        services.AddSingleton<IValidator<FinPlacementRequest>, FinPlacementValidator>();
        services.AddSingleton<IValidator<ModifierStructureRequest>, ModifierStructureValidator>();
        services.AddSingleton<IValidator<ChampPersonnaliseRequest>, ChampPersonnaliseValidator>();
        services.AddIntegrationEventHandler<FichesFusionneesIntegrationEvent, FichesFusionneesSuiviHandler>(Name);
        services.AddIntegrationEventHandler<FichesDefusionneesIntegrationEvent, FichesDefusionneesSuiviHandler>(Name);
        services.AddScoped<IDemoDataSeeder, DossiersDemoDataSeeder>();
        services.AddScoped<IDemoDataSeeder, SuiviDemoDataSeeder>();
        services.AddScoped<IDemoDataSeeder, ConventionsDemoDataSeeder>();
    }

    private static void MapSuivi(RouteGroupBuilder dossiers, RouteGroupBuilder parametres)
    {
        dossiers.MapFinancement();
        dossiers.MapContacts();
        dossiers.MapObjectifs();
        dossiers.MapMemos();
        dossiers.MapPlacements();
        dossiers.MapValeursChamps();
        parametres.MapConventions();
        parametres.MapSuiviConvention();
        parametres.MapStructures();
        parametres.MapChampsPersonnalisesParametres();
    }
}
