using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Platform;

/// <summary>What the host answers before any module: health, docs, unknown routes, unexpected failures.</summary>
[Trait("Category", "Integration")]
public sealed class HostTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Health_Anonymous_LiveAndReadyAreHealthy()
    {
        using var client = fixture.Factory.CreateClient();

        var live = await (await client.GetAsync("/health/live")).JsonAsync();
        var ready = await (await client.GetAsync("/health/ready")).JsonAsync();

        Assert.Equal("Healthy", live.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Contains(ready.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "base-de-donnees");
    }

    [Fact]
    public async Task Docs_Anonymous_OpenApiAndSwaggerServed()
    {
        using var client = fixture.Factory.CreateClient();

        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var swagger = await client.GetAsync("/swagger/index.html");

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
    }

    [Fact]
    public async Task UnknownRoute_Authenticated_Returns404Problem()
    {
        using var client = await fixture.Factory.AdminClientAsync();

        await (await client.GetAsync("/api/inexistant")).AssertProblemAsync(HttpStatusCode.NotFound, "introuvable");
    }

    [Fact]
    public async Task UnexpectedException_Returns500WithTraceIdAndNoInternals()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "boom");
        var clock = new BreakableClock();
        await using var factory = new SocialErpApiFactory(database, null, services => services.AddSingleton<TimeProvider>(clock));
        using var client = await factory.AdminClientAsync();

        clock.Broken = true;
        var response = await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = "Panne", prenom = "Horloge" });
        clock.Broken = false;

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError, "erreur-interne");
        var body = problem.GetRawText();
        Assert.DoesNotContain("horloge-secrete", body, StringComparison.Ordinal);
        Assert.DoesNotContain("BreakableClock", body, StringComparison.Ordinal);
        Assert.Equal(0, (await (await client.GetAsync("/api/fiches?q=panne")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AdminSeed_NoPasswordConfigured_NoAdministrator()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "noadmin");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Seed:AdminPassword"] = "" });
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = SocialErpApiFactory.AdminEmail, password = SocialErpApiFactory.AdminPassword });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DemoData_Enabled_PopulatesFichesAndJournal()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "demo");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Seed:DemoData"] = "true" });
        using var client = await factory.AdminClientAsync();
        await factory.DrainMessagesAsync();

        var fiches = await client.GetFromJsonAsync<JsonElement>("/api/fiches?pageSize=100");
        var armengaud = fiches.GetProperty("items").EnumerateArray().First(f => f.GetProperty("nom").GetString() == "Armengaud");
        var journal = await client.GetFromJsonAsync<JsonElement>($"/api/journal?cibleType=fiche&cibleId={armengaud.GetProperty("id").GetGuid()}");

        Assert.True(fiches.GetProperty("total").GetInt32() >= 6);
        Assert.Equal(1, journal.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Telemetry_OtlpEndpointConfigured_ProvidersStartWithTheHost()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "otel");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["OpenTelemetry:OtlpEndpoint"] = "http://127.0.0.1:4317" });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.NotNull(factory.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.NotNull(factory.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    [Fact]
    public void Telemetry_NoEndpoint_NoExporter() =>
        Assert.Null(fixture.Factory.Services.GetService<OpenTelemetry.Trace.TracerProvider>());

    /// <summary>A clock that can fail, to provoke an unexpected exception deep in a request.</summary>
    private sealed class BreakableClock : TimeProvider
    {
        public bool Broken { get; set; }

        public override DateTimeOffset GetUtcNow() =>
            Broken ? throw new InvalidOperationException("horloge-secrete en panne") : base.GetUtcNow();
    }
}
