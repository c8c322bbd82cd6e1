using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Persistence;
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
    ];

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<GedDbContext>(Name);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/documents").WithTags("GED");
}
