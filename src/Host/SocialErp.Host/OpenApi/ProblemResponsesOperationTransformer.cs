using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SocialErp.Host.OpenApi;

/// <summary>
/// Every error response is <c>application/problem+json</c>: HttpValidationProblemDetails for 400 (its
/// <c>errors</c> map is what validation answers), ProblemDetails otherwise. Responses are listed by status code.
/// </summary>
internal sealed class ProblemResponsesOperationTransformer : IOpenApiOperationTransformer
{
    public const string ProblemContentType = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses is not { Count: > 0 } responses)
        {
            return;
        }

        foreach (var (status, response) in responses)
        {
            if (response is not OpenApiResponse problem
                || !int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                || code < StatusCodes.Status400BadRequest)
            {
                continue;
            }

            var declared = problem.Content?.TryGetValue(ProblemContentType, out var media) == true ? media.Schema : null;
            var schema = code == StatusCodes.Status400BadRequest
                ? await ReferenceAsync(typeof(HttpValidationProblemDetails), context, cancellationToken)
                : declared ?? await ReferenceAsync(typeof(ProblemDetails), context, cancellationToken);
            problem.Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [ProblemContentType] = new() { Schema = schema },
            };
        }

        var ordered = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        responses.Clear();
        foreach (var (status, response) in ordered)
        {
            responses.Add(status, response);
        }
    }

    private static async Task<IOpenApiSchema> ReferenceAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var id = type.Name;
        if (document.Components?.Schemas?.ContainsKey(id) != true)
        {
            document.AddComponent(id, await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
        }

        return new OpenApiSchemaReference(id, document);
    }
}
