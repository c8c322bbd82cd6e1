using Microsoft.AspNetCore.Authorization;

namespace SocialErp.BuildingBlocks.Security;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
