using SocialErp.Host.OpenApi;

// The root namespace: the platform composition (SocialErp.Host.Platform) sees the extension without a using.
namespace SocialErp.Host;

/// <summary>
/// The OpenAPI 3.1 document at <c>/openapi/v1.json</c>, shaped so that front-end generators
/// (openapi-typescript, NSwag) consume it as it is.
/// </summary>
internal static class OpenApiServiceCollectionExtensions
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddSocialErpOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddDocumentTransformer<NoServersDocumentTransformer>();
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddDocumentTransformer<TagDescriptionsTransformer>();

            // Order matters: the 401 the authorization transformer adds gets its problem+json body next.
            options.AddOperationTransformer<AuthorizationOperationTransformer>();
            options.AddOperationTransformer<ProblemResponsesOperationTransformer>();
            options.AddOperationTransformer<CamelCaseQueryParametersTransformer>();

            options.AddSchemaTransformer<StringEnumSchemaTransformer>();
            options.AddSchemaTransformer<DecimalSchemaTransformer>();
            options.AddSchemaTransformer<ProblemDetailsSchemaTransformer>();
        });
}
