using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Persistence;
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
    ];

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<DossiersDbContext>(Name);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/dossiers").WithTags("Dossiers");
}
