using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SocialErp.Host.OpenApi;

/// <summary>
/// Enums travel as camelCase strings (JsonStringEnumConverter); the framework lists their values without
/// <c>"type": "string"</c>, which some generators then read as numbers or as "any".
/// </summary>
internal sealed class StringEnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type).IsEnum
            && schema.Enum is { Count: > 0 } values
            && values.All(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.String))
        {
            schema.Type = JsonSchemaType.String | (values.Any(v => v is null) ? JsonSchemaType.Null : 0) | (schema.Type & JsonSchemaType.Null ?? 0);
        }

        return Task.CompletedTask;
    }
}
