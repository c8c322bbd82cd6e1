using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.SharedKernel.Security;

namespace SocialErp.BuildingBlocks.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Permission policies and the current user; authentication itself is the host's.</summary>
    public static IServiceCollection AddPermissionAuthorization(this IServiceCollection services, IEnumerable<PermissionDefinition> permissions)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(new PermissionCatalogue(permissions));
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }
}
