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
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.DemoData;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.AjouterAdresse;
using SocialErp.Modules.Fiches.Features.AjouterRelation;
using SocialErp.Modules.Fiches.Features.AnnulerFusion;
using SocialErp.Modules.Fiches.Features.CarnetAdresses;
using SocialErp.Modules.Fiches.Features.ArchiverFiche;
using SocialErp.Modules.Fiches.Features.CreerFiche;
using SocialErp.Modules.Fiches.Features.Doublons;
using SocialErp.Modules.Fiches.Features.Fusions;
using SocialErp.Modules.Fiches.Features.FusionnerFiches;
using SocialErp.Modules.Fiches.Features.LireFichesParLot;
using SocialErp.Modules.Fiches.Features.ListerAdresses;
using SocialErp.Modules.Fiches.Features.ListerDoublons;
using SocialErp.Modules.Fiches.Features.ListerRelations;
using SocialErp.Modules.Fiches.Features.ModifierFiche;
using SocialErp.Modules.Fiches.Features.ModifierFichePartiellement;
using SocialErp.Modules.Fiches.Features.ObtenirFiche;
using SocialErp.Modules.Fiches.Features.ObtenirReferentiels;
using SocialErp.Modules.Fiches.Features.ObtenirRelation;
using SocialErp.Modules.Fiches.Features.ReactiverFiche;
using SocialErp.Modules.Fiches.Features.RechercherFiches;
using SocialErp.Modules.Fiches.Features.RetirerRelation;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Features.VueFiche360;
using SocialErp.Modules.Fiches.IntegrationEventHandlers;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.Modules.Fiches.Queries;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Fiches;

/// <summary>Fiches: the centralised register of persons and organisations.</summary>
public sealed class FichesModule : IModule
{
    public string Name => FichesDbContext.Schema;

    public Assembly ContractsAssembly => typeof(FichesPermissions).Assembly;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(FichesPermissions.Lire, "Lire les fiches visibles", Metiers.Tous),
        new(FichesPermissions.Ecrire, "Créer et modifier des fiches",
            [Metiers.Direction, Metiers.AssistantSocial, Metiers.Gestionnaire, Metiers.Administratif]),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<FichesDbContext>(Name);
        services.AddRepository<Fiche, FichesDbContext>();
        services.AddScoped<LecteurFiches>();
        services.AddSingleton<IValidator<CreerFicheRequest>, CreerFicheValidator>();
        services.AddSingleton<IValidator<ModifierFicheRequest>, ModifierFicheValidator>();
        services.AddSingleton<IValidator<AdresseRequest>, AdresseValidator>();
        services.AddScoped<CreerFicheHandler>();
        services.AddScoped<ModifierFicheHandler>();
        services.AddScoped<ModifierFichePartiellementHandler>();
        services.AddScoped<ArchiverFicheHandler>();
        services.AddScoped<ReactiverFicheHandler>();
        services.AddScoped<AjouterAdresseHandler>();
        services.AddScoped<IFicheVisibilite, FicheVisibilite>();
        services.AddScoped<IFichesRecherche, FichesRecherche>();
        RegisterRelationsDoublonsFusions(services);
        services.AddScoped<VueFiche360Handler>();
        services.AddScoped<IFicheCategories, FicheCategories>();
        services.AddScoped<IFicheArchivage, FicheArchivage>();
        services.AddScoped<IFichesLecture, FichesLecture>();
        services.AddScoped<IFichesContacts, FichesContacts>();
        services.AddScoped<IDemoDataSeeder, FichesDemoDataSeeder>();
        services.AddIntegrationEventHandler<AccesDossierModifieIntegrationEvent, AccesDossierModifieHandler>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/fiches").WithTags("Fiches")
            .AddEndpointFilter(async (context, next) =>
            {
                await context.HttpContext.RequestServices.GetRequiredService<LecteurFiches>().ChargerAsync(context.HttpContext.RequestAborted);
                return await next(context);
            });
        // First, so the enums' component schemas come from its non-nullable lists (typed "string", without null).
        group.MapObtenirReferentiels();
        group.MapCreerFiche();
        group.MapObtenirFiche();
        group.MapModifierFiche();
        group.MapModifierFichePartiellement();
        group.MapArchiverFiche();
        group.MapReactiverFiche();
        group.MapAjouterAdresse();
        group.MapListerAdresses();
        group.MapRechercherFiches();
        group.MapLireFichesParLot();
        group.MapCarnetAdresses();
        group.MapAjouterRelation();
        group.MapListerRelations();
        group.MapObtenirRelation();
        group.MapRetirerRelation();
        group.MapListerDoublons();
        group.MapFusionnerFiches();
        group.MapObtenirFusion();
        group.MapListerFusions();
        group.MapAnnulerFusion();
        group.MapVueFiche360();
    }

    private static void RegisterRelationsDoublonsFusions(IServiceCollection services)
    {
        services.AddRepository<RelationFiche, FichesDbContext>();
        services.AddSingleton<IValidator<AjouterRelationRequest>, AjouterRelationValidator>();
        services.AddSingleton<IValidator<FusionnerFichesRequest>, FusionnerFichesValidator>();
        services.AddScoped<AjouterRelationHandler>();
        services.AddScoped<RetirerRelationHandler>();
        services.AddScoped<ListerRelationsHandler>();
        services.AddScoped<FusionnerFichesHandler>();
        services.AddScoped<AnnulerFusionHandler>();
        services.AddScoped<RechercheDoublons>();
    }
}
