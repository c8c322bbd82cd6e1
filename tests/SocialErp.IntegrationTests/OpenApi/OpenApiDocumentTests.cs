using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.TestKit;
using SocialErp.TestKit.Approval;

namespace SocialErp.IntegrationTests.OpenApi;

/// <summary>
/// The contract front-end generators consume: approved as a snapshot, identical to the committed build output
/// (docs/openapi/v1.json), and held to the conventions generated clients depend on.
/// </summary>
[Trait("Category", "Integration")]
public sealed class OpenApiDocumentTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    [Fact]
    public async Task OpenApiDocument_Served_MatchesApprovedSnapshot()
    {
        Approvals.VerifyJson(await ServedJsonAsync(), "v1");
    }

    [Fact]
    public async Task OpenApiDocument_BuildOutput_EqualsServedDocument()
    {
        var file = Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json");
        Assert.True(File.Exists(file), $"{file} is missing: building SocialErp.Host writes it.");

        Approvals.AssertSameJson(
            await File.ReadAllTextAsync(file),
            await ServedJsonAsync(),
            "docs/openapi/v1.json differs from /openapi/v1.json: rebuild SocialErp.Host and commit the file.");
    }

    [Fact]
    public async Task OpenApiDocument_Version_IsOpenApi31WithoutServers()
    {
        var document = await ServedDocumentAsync();

        Assert.StartsWith("3.1.", (string?)document["openapi"], StringComparison.Ordinal);
        Assert.Equal("SocialErp API", (string?)document["info"]?["title"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)document["info"]?["description"]));
        Assert.Null(document["servers"]);
    }

    [Fact]
    public async Task OpenApiDocument_EveryOperation_HasSummaryOperationIdAndDescribedTag()
    {
        var document = await ServedDocumentAsync();
        var describedTags = document["tags"]!.AsArray()
            .Where(t => !string.IsNullOrWhiteSpace((string?)t!["description"]))
            .Select(t => (string)t!["name"]!)
            .ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var (name, operation) in Operations(document))
        {
            if (string.IsNullOrWhiteSpace((string?)operation["summary"]))
            {
                problems.Add($"{name}: no summary");
            }

            if (string.IsNullOrWhiteSpace((string?)operation["operationId"]))
            {
                problems.Add($"{name}: no operationId");
            }

            var tags = operation["tags"]?.AsArray().Select(t => (string)t!).ToList() ?? [];
            if (tags.Count == 0)
            {
                problems.Add($"{name}: no tag");
            }

            problems.AddRange(tags.Where(t => !describedTags.Contains(t)).Select(t => $"{name}: tag '{t}' has no description"));
        }

        Assert.Empty(problems);
        var operationIds = Operations(document).Select(o => (string)o.Operation["operationId"]!).ToList();
        Assert.Equal(operationIds.Count, operationIds.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task OpenApiDocument_AuthenticatedOperations_DeclareBearerAnd401_AnonymousOnesDoNot()
    {
        var document = await ServedDocumentAsync();
        var operations = Operations(document).ToDictionary(o => (string)o.Operation["operationId"]!, o => o.Operation, StringComparer.Ordinal);
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .ToList();

        var anonymous = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var operationId = endpoint.Metadata.GetRequiredMetadata<IEndpointNameMetadata>().EndpointName;
            var operation = Assert.Contains(operationId, operations);
            var security = operation["security"]?.AsArray();
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                anonymous.Add(operationId);
                Assert.True(security is null or { Count: 0 }, $"{operationId} is anonymous but declares a security requirement.");
                continue;
            }

            Assert.True(
                security is { Count: 1 } && security[0]!.AsObject().ContainsKey("Bearer"),
                $"{operationId} requires a signed-in user but does not declare the Bearer requirement.");
            Assert.True(operation["responses"]!.AsObject().ContainsKey("401"), $"{operationId} requires a signed-in user but does not declare 401.");
        }

        Assert.Equal(["Login", "RafraichirJeton"], anonymous.Order(StringComparer.Ordinal));
        Assert.Equal("bearer", (string?)document["components"]?["securitySchemes"]?["Bearer"]?["scheme"]);
    }

    [Fact]
    public async Task OpenApiDocument_ErrorResponses_AreProblemJson()
    {
        var document = await ServedDocumentAsync();

        var problems = new List<string>();
        foreach (var (name, operation) in Operations(document))
        {
            foreach (var (status, response) in operation["responses"]!.AsObject())
            {
                if (!int.TryParse(status, out var code) || code < 400)
                {
                    continue;
                }

                var content = response!["content"]?.AsObject();
                var schema = (string?)content?["application/problem+json"]?["schema"]?["$ref"];
                var expected = code == 400 ? "#/components/schemas/HttpValidationProblemDetails" : "#/components/schemas/ProblemDetails";
                if (content is not { Count: 1 } || schema != expected)
                {
                    problems.Add($"{name} {status}: {content?.ToJsonString() ?? "no content"}");
                }
            }
        }

        Assert.Empty(problems);
        Assert.NotNull(document["components"]?["schemas"]?["HttpValidationProblemDetails"]?["properties"]?["errors"]);
        Assert.NotNull(document["components"]?["schemas"]?["ProblemDetails"]?["properties"]?["code"]);
    }

    [Fact]
    public async Task OpenApiDocument_NoSchema_MixesNumberAndString()
    {
        var document = await ServedDocumentAsync();

        var unions = new List<string>();
        Walk(document, "#", (path, node) =>
        {
            if (node["type"] is JsonArray types)
            {
                var names = types.Select(t => (string?)t).ToList();
                if (names.Contains("string") && (names.Contains("number") || names.Contains("integer")))
                {
                    unions.Add(path);
                }
            }
        });

        Assert.Empty(unions);
    }

    [Fact]
    public async Task OpenApiDocument_Enums_AreCamelCaseStrings()
    {
        var document = await ServedDocumentAsync();

        var schemas = document["components"]!["schemas"]!.AsObject();
        var enums = schemas.Where(s => s.Value?["enum"] is not null).ToList();
        Assert.NotEmpty(enums);
        foreach (var (name, schema) in enums)
        {
            Assert.True((string?)schema!["type"] == "string", $"{name} is not typed string.");
            Assert.All(schema["enum"]!.AsArray(), v => Assert.Matches("^[a-z][A-Za-z0-9]*$", (string?)v));
        }

        Assert.Equal(["personne", "organisation"], schemas["TypeFicheDto"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("date", (string?)schemas["FicheResponse"]!["properties"]!["dateNaissance"]!["format"]);
    }

    private async Task<string> ServedJsonAsync()
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonObject> ServedDocumentAsync() => JsonNode.Parse(await ServedJsonAsync())!.AsObject();

    private static IEnumerable<(string Name, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where HttpMethods.Contains(method.Key)
        select ($"{method.Key.ToUpperInvariant()} {path.Key}", method.Value!.AsObject());

    private static void Walk(JsonNode? node, string path, Action<string, JsonObject> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                visit(path, obj);
                foreach (var (key, child) in obj)
                {
                    Walk(child, $"{path}/{key}", visit);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}/{i}", visit);
                }

                break;
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SocialErp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"SocialErp.sln not found above {AppContext.BaseDirectory}.");
    }
}
