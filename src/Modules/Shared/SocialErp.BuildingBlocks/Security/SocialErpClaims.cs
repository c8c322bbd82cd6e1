using System.Security.Claims;

namespace SocialErp.BuildingBlocks.Security;

/// <summary>Claims a signed-in user carries (fixed at login: a change of trade applies at the next login).</summary>
public static class SocialErpClaims
{
    public const string UserId = ClaimTypes.NameIdentifier;
    public const string Email = ClaimTypes.Email;
    public const string Metier = ClaimTypes.Role;
    public const string ServiceId = "socialerp:service";
    public const string ManagerId = "socialerp:manager";
}
