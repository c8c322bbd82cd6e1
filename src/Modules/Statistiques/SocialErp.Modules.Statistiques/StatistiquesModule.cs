using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Statistiques.Contracts;
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
        new(StatistiquesPermissions.Lire, "Consulter les statistiques et listes", [Metiers.Direction, Metiers.Comptable, Metiers.Gestionnaire]),
        new(StatistiquesPermissions.Ecrire, "Gérer les modèles et lancer les productions", [Metiers.Direction]),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<StatistiquesDbContext>(Name);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/statistiques").WithTags("Statistiques");
}
