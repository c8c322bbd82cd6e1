using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace SocialErp.BuildingBlocks.Security;

internal sealed class PermissionAuthorizationHandler(PermissionCatalogue catalogue) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (catalogue.IsGranted(context.User.FindFirstValue(SocialErpClaims.Metier), requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
