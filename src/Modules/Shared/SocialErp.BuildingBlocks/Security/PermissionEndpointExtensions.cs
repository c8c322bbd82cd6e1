using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialErp.BuildingBlocks.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>Requires a signed-in user whose trade holds <paramref name="permission"/> (401, then 403).</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .RequireAuthorization(PermissionPolicyProvider.Prefix + permission)
            .WithMetadata(new PermissionMetadata(permission))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
