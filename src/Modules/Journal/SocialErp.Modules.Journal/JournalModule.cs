using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.ListerEntrees;
using SocialErp.Modules.Journal.Features.ListerMutations;
using SocialErp.Modules.Journal.IntegrationEventHandlers;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.Modules.Journal.Queries;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal;

/// <summary>Journal: journal de bord, échéancier, workflows and the journal des mutations.</summary>
public sealed class JournalModule : IModule
{
    public string Name => JournalDbContext.Schema;

    public Assembly ContractsAssembly => typeof(JournalPermissions).Assembly;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(JournalPermissions.Lire, "Lire le journal des cibles visibles", Metiers.Tous),
        new(JournalPermissions.Ecrire, "Écrire dans le journal",
            [Metiers.Direction, Metiers.AssistantSocial, Metiers.Gestionnaire, Metiers.Administratif, Metiers.Comptable]),
        new(JournalPermissions.LireMutations, "Consulter le journal des mutations", [Metiers.Direction]),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<JournalDbContext>(Name);
        services.AddRepository<Mutation, JournalDbContext>();
        services.AddRepository<EntreeJournal, JournalDbContext>();
        services.AddIntegrationEventHandler<MutationEnregistreeIntegrationEvent, MutationEnregistreeHandler>(Name);
        services.AddIntegrationEventHandler<FicheCreeeIntegrationEvent, FicheCreeeHandler>(Name);
        services.AddScoped<IContributeurVue360, JournalVue360>();
        services.AddIntegrationEventHandler<FichesFusionneesIntegrationEvent, FichesFusionneesHandler>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Journal");
        group.MapListerMutations();
        group.MapListerEntrees();
    }
}
