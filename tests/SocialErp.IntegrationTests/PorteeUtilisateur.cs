using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Security;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests;

/// <summary>
/// A service scope that answers as a request of this user would (an assistant social of that service), for calling a
/// module's Contracts queries directly.
/// </summary>
public static class PorteeUtilisateur
{
    public static AsyncServiceScope EnTantQue(this SocialErpApiFactory factory, Guid utilisateurId, Guid serviceId)
    {
        var scope = factory.Services.CreateAsyncScope();
        var identite = new ClaimsIdentity(
            [
                new Claim(SocialErpClaims.UserId, utilisateurId.ToString()),
                new Claim(SocialErpClaims.Metier, Metiers.AssistantSocial),
                new Claim(SocialErpClaims.ServiceId, serviceId.ToString()),
            ],
            "test");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { User = new ClaimsPrincipal(identite), RequestServices = scope.ServiceProvider };
        return scope;
    }
}
