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
using SocialErp.Modules.Dossiers.Features.Acces;
using SocialErp.Modules.Dossiers.Features.Cycle;
using SocialErp.Modules.Dossiers.Features.Membres;
using SocialErp.Modules.Dossiers.Features.ModifierDossier;
using SocialErp.Modules.Dossiers.Features.ObtenirDossier;
using SocialErp.Modules.Dossiers.Features.OuvrirDossier;
using SocialErp.Modules.Dossiers.Features.Prestations;
using SocialErp.Modules.Dossiers.Features.RechercherDossiers;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Features.UniteAllocation;
using SocialErp.Modules.Dossiers.IntegrationEventHandlers;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Dossiers.Queries;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.Queries;
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
        new(DossiersPermissions.Parametrer, "Paramétrer les prestations et les types d'événements", [Metiers.Direction]),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DossiersDbContext>(Name);
        services.Configure<DossiersOptions>(configuration.GetSection(DossiersOptions.SectionName));
        services.AddScoped<DossiersVisibles>();
        services.AddScoped<ChargementDossier>();
        services.AddScoped<ReponseDossier>();
        services.AddScoped<VerificationFiches>();
        services.AddScoped<IValidator<OuvrirDossierRequest>, OuvrirDossierValidator>();
        services.AddScoped<IValidator<ModifierDossierRequest>, ModifierDossierValidator>();
        services.AddScoped<IValidator<MembreRequest>, AjouterMembreValidator>();
        services.AddScoped<IValidator<UniteAllocationRequest>, UniteAllocationValidator>();
        services.AddScoped<IValidator<AjouterReferentRequest>, AjouterReferentValidator>();
        services.AddScoped<IValidator<PartagerRequest>, PartagerValidator>();
        services.AddScoped<IValidator<TransfererRequest>, TransfererValidator>();
        services.AddScoped<IValidator<PrestationRequest>, PrestationValidator>();
        services.AddScoped<OuvrirDossierHandler>();
        services.AddScoped<ModifierDossierHandler>();
        services.AddScoped<MembresHandler>();
        services.AddScoped<AccesHandler>();
        services.AddScoped<IDossierVisibilite, DossierVisibilite>();
        services.AddScoped<IDossiersLecture, DossiersLecture>();
        services.AddScoped<IContributeurVue360, DossiersVue360>();
        services.AddIntegrationEventHandler<FichesFusionneesIntegrationEvent, FichesFusionneesHandler>(Name);
        services.AddIntegrationEventHandler<PaiementComptabiliseIntegrationEvent, PaiementComptabiliseHandler>(Name);
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

        var parametres = endpoints.MapGroup("/api/parametres").WithTags("Dossiers");
        parametres.MapPrestations();
    }
}
