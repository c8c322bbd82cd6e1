using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.Host;

namespace SocialErp.IntegrationTests.OpenApi;

/// <summary>
/// The schema transformers on a small sample type, through the real OpenAPI pipeline with the API's JSON settings
/// (the API has no money field yet: this is where decimal → number/decimal is proven).
/// </summary>
[Trait("Category", "Unit")]
public sealed class OpenApiSchemaTransformerTests
{
    [Fact]
    public async Task SchemaTransformers_SampleType_DecimalDateEnumAndIntegersTypedStrictly()
    {
        var schemas = (await SampleDocumentAsync())["components"]!["schemas"]!;
        var properties = schemas["Echantillon"]!["properties"]!;

        AssertSchema(properties["montant"], "number", "decimal");
        AssertSchema(properties["montantFacultatif"], "number", "decimal", nullable: true);
        AssertSchema(properties["date"], "string", "date");
        AssertSchema(properties["echeance"], "string", "date", nullable: true);
        AssertSchema(properties["quantite"], "integer", "int32");
        AssertSchema(properties["version"], "integer", "int64");
        AssertSchema(properties["taux"], "number", "double");
        Assert.Equal("string", (string?)schemas["EtatEchantillon"]!["type"]);
        Assert.Equal(["brouillon", "enAttenteDeValidation"], schemas["EtatEchantillon"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("#/components/schemas/EtatEchantillon", (string?)properties["etat"]!["$ref"]);
    }

    private static void AssertSchema(JsonNode? schema, string type, string format, bool nullable = false)
    {
        Assert.NotNull(schema);
        var types = schema["type"] is JsonArray array ? array.Select(t => (string?)t).Order(StringComparer.Ordinal).ToArray() : [(string?)schema["type"]];
        Assert.Equal(nullable ? new[] { "null", type } : [type], types);
        Assert.Equal(format, (string?)schema["format"]);
        Assert.Null(schema["pattern"]);
    }

    private static async Task<JsonNode> SampleDocumentAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddSocialErpOpenApi();
        await using var app = builder.Build();
        app.MapPost("/echantillons", (Echantillon echantillon) => TypedResults.Ok(echantillon))
            .WithName("CreerEchantillon").WithSummary("Échantillon");
        app.MapOpenApi();
        await app.StartAsync();

        using var client = app.GetTestClient();
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
    }

    internal enum EtatEchantillon
    {
        Brouillon,
        EnAttenteDeValidation,
    }

    internal sealed record Echantillon(
        decimal Montant,
        decimal? MontantFacultatif,
        DateOnly Date,
        DateOnly? Echeance,
        int Quantite,
        long Version,
        double Taux,
        EtatEchantillon Etat);
}
