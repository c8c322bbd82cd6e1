using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using SocialErp.SharedKernel.Security;

namespace SocialErp.BuildingBlocks.Security;

/// <summary>The current user read from the request's claims; outside a request (background work) nobody.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, PermissionCatalogue permissions) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => GuidClaim(SocialErpClaims.UserId);

    public string? Email => IsAuthenticated ? Principal!.FindFirstValue(SocialErpClaims.Email) : null;

    public string? Metier => IsAuthenticated ? Principal!.FindFirstValue(SocialErpClaims.Metier) : null;

    public Guid? ServiceId => GuidClaim(SocialErpClaims.ServiceId);

    public Guid? ManagerId => GuidClaim(SocialErpClaims.ManagerId);

    public bool VoitTousLesServices => Metier is Metiers.Administrateur or Metiers.Direction;

    public bool HasPermission(string permission) => IsAuthenticated && permissions.IsGranted(Metier, permission);

    private Guid? GuidClaim(string type) =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(type), out var value) ? value : null;
}
