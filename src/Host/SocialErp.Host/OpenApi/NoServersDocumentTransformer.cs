using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SocialErp.Host.OpenApi;

/// <summary>
/// Drops the server list the framework derives from the incoming request: generated clients would otherwise
/// bake in whatever address served the document (a developer's machine, the build tool). Clients set their base URL.
/// </summary>
internal sealed class NoServersDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = null;
        return Task.CompletedTask;
    }
}
