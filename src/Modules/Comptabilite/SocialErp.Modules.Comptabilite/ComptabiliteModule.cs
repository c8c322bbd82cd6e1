using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite;

/// <summary>Comptabilité: per-person ledgers consolidated per allocation unit, budgets, invoicing, payments.</summary>
public sealed class ComptabiliteModule : IModule
{
    public string Name => ComptabiliteDbContext.Schema;

    public Assembly ContractsAssembly => typeof(ComptabilitePermissions).Assembly;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(ComptabilitePermissions.Lire, "Consulter la comptabilité", [Metiers.Direction, Metiers.Comptable, Metiers.AssistantSocial, Metiers.Gestionnaire]),
        new(ComptabilitePermissions.Ecrire, "Passer des écritures et des paiements", [Metiers.Comptable]),
    ];

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<ComptabiliteDbContext>(Name);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/comptabilite").WithTags("Comptabilité");
}
