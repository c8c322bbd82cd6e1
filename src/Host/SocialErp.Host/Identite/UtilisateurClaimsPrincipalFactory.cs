using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Security;

namespace SocialErp.Host.Identite;

/// <summary>Puts trade, service and manager into the token, so each request knows them without a query.</summary>
internal sealed class UtilisateurClaimsPrincipalFactory(UserManager<Utilisateur> userManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Utilisateur>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Utilisateur user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(SocialErpClaims.Metier, user.Metier));
        if (user.Email is not null && !identity.HasClaim(c => c.Type == SocialErpClaims.Email))
        {
            identity.AddClaim(new Claim(SocialErpClaims.Email, user.Email));
        }

        if (user.ServiceId is { } serviceId)
        {
            identity.AddClaim(new Claim(SocialErpClaims.ServiceId, serviceId.ToString()));
        }

        if (user.ManagerId is { } managerId)
        {
            identity.AddClaim(new Claim(SocialErpClaims.ManagerId, managerId.ToString()));
        }

        return identity;
    }
}
