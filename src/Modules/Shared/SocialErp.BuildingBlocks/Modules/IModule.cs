using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.SharedKernel.Security;

namespace SocialErp.BuildingBlocks.Modules;

/// <summary>
/// A module's only public face: the host registers it with one call and maps its route group.
/// </summary>
public interface IModule
{
    /// <summary>Short name: route group, schema, table prefix, messaging key (<c>fiches</c>).</summary>
    string Name { get; }

    /// <summary>The module's Contracts assembly, where its integration events live.</summary>
    Assembly ContractsAssembly { get; }

    IReadOnlyList<PermissionDefinition> Permissions { get; }

    void Register(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
