using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace SocialErp.Host.OpenApi;

/// <summary>
/// Puts the bearer requirement and a 401 response on every operation that needs a signed-in user, and nothing
/// on anonymous ones. The rule is the authorization middleware's: an endpoint marked anonymous is open; any other
/// needs a user when it carries authorization data or when the fallback policy applies (it does here: secure by default).
/// </summary>
internal sealed class AuthorizationOperationTransformer(IOptions<AuthorizationOptions> authorization) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!RequiresAuthentication(context.Description.ActionDescriptor.EndpointMetadata))
        {
            operation.Security = null;
            return Task.CompletedTask;
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerSecuritySchemeTransformer.SchemeName, context.Document)] = [],
            },
        ];
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Unauthorized" });
        return Task.CompletedTask;
    }

    private bool RequiresAuthentication(IList<object> metadata) =>
        !metadata.OfType<IAllowAnonymous>().Any()
        && (authorization.Value.FallbackPolicy is not null
            || metadata.OfType<IAuthorizeData>().Any()
            || metadata.OfType<AuthorizationPolicy>().Any()
            || metadata.OfType<IAuthorizationRequirementData>().Any());
}
