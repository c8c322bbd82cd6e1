using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.SharedKernel.Results;
using SocialErp.Host.Platform;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Host.Identite.Endpoints;

/// <summary>Sign-in with e-mail and password; opaque bearer tokens (ASP.NET Core Identity) and refresh.</summary>
internal static class AuthEndpoints
{
    private static readonly Error IdentifiantsInvalides =
        new("auth.identifiants-invalides", "E-mail ou mot de passe incorrect, ou compte désactivé.", ErrorKind.Validation);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Authentification");
        group.MapPost("/login", LoginAsync)
            .WithName("Login")
            .WithSummary("Se connecter")
            .WithDescription("Répond { tokenType, accessToken, expiresIn, refreshToken }. Envoyer ensuite « Authorization: Bearer <accessToken> ».")
            .AllowAnonymous()
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/refresh", RefreshAsync)
            .WithName("RafraichirJeton")
            .WithSummary("Obtenir un nouveau jeton avec le jeton de rafraîchissement")
            .AllowAnonymous()
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/moi", MoiAsync)
            .WithName("Moi")
            .WithSummary("L'utilisateur connecté, son métier, son service et ses permissions")
            .RequireAuthorization()
            .WithMetadata(new AuthenticatedOnlyMetadata())
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<Utilisateur> signInManager, UserManager<Utilisateur> users)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            errors["email"] = ["L'e-mail est obligatoire."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["Le mot de passe est obligatoire."];
        }

        if (errors.Count > 0)
        {
            return ErrorResults.Problem(Error.Validation("validation", "Identifiants manquants.", errors));
        }

        var user = await users.FindByEmailAsync(request.Email!);
        if (user is null || !user.Actif)
        {
            return Unauthorized();
        }

        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signInManager.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);

        // On success the bearer handler has already written the token response.
        return result.Succeeded ? TypedResults.Empty : Unauthorized();
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<Utilisateur> signInManager, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider timeProvider)
    {
        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expiresUtc
            || timeProvider.GetUtcNow() >= expiresUtc
            || await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { Actif: true } user)
        {
            return Unauthorized();
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<Ok<MoiResponse>, ProblemHttpResult>> MoiAsync(
        ICurrentUser currentUser, UserManager<Utilisateur> users, PermissionCatalogue permissions)
    {
        var user = currentUser.Id is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null)
        {
            return Unauthorized();
        }

        var granted = permissions.All.Where(p => permissions.IsGranted(user.Metier, p.Name)).Select(p => p.Name).Order().ToList();
        return TypedResults.Ok(new MoiResponse(user.Id, user.Email!, user.Nom, user.Prenom, user.Metier, user.ServiceId, user.ManagerId, granted));
    }

    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Type = ProblemTypes.For(IdentifiantsInvalides.Code),
            Title = IdentifiantsInvalides.Message,
            Extensions = { ["code"] = IdentifiantsInvalides.Code },
        });
}
