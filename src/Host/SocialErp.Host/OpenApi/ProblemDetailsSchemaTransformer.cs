using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SocialErp.Host.OpenApi;

/// <summary>
/// Problems carry two extension members clients rely on (ProblemDetailsDefaults, ErrorResults): the stable
/// <c>code</c> to branch on and the <c>traceId</c> to quote to support.
/// </summary>
internal sealed class ProblemDetailsSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not null || !typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type))
        {
            return Task.CompletedTask;
        }

        schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        schema.Properties.TryAdd("code", new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Code stable de l'erreur, par exemple « fiches.fiche-introuvable » ou « validation ».",
        });
        schema.Properties.TryAdd("traceId", new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Identifiant de trace de la requête, à communiquer au support.",
        });
        return Task.CompletedTask;
    }
}
