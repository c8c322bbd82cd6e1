using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SocialErp.Host.OpenApi;

/// <summary>
/// Money is <c>decimal</c>: documented as <c>number</c> with format <c>decimal</c> so a C# client gets
/// <c>decimal</c> (NSwag) and a TypeScript client <c>number</c>, instead of the framework's <c>double</c>.
/// </summary>
internal sealed class DecimalSchemaTransformer : IOpenApiSchemaTransformer
{
    public const string Format = "decimal";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(decimal))
        {
            schema.Type = JsonSchemaType.Number | (schema.Type & JsonSchemaType.Null ?? 0);
            schema.Format = Format;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }
}
