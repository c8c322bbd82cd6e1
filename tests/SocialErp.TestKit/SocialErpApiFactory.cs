using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.TestKit;

/// <summary>
/// The real host over real HTTP on a fresh database of the chosen provider. Messaging runs in manual mode
/// so tests drain queues deterministically (<see cref="DrainMessagesAsync"/>); extra settings override.
/// </summary>
public class SocialErpApiFactory(
    TestDatabase database,
    IReadOnlyDictionary<string, string?>? overrides = null,
    Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@socialerp.local";
    public const string AdminPassword = "Admin-Test-2026!";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public TestDatabase Database { get; } = database;

    public Task<int> DrainMessagesAsync() => Services.GetRequiredService<MessagingDispatcher>().DrainAsync();

    /// <summary>A client signed in as the seeded administrator.</summary>
    public async Task<HttpClient> AdminClientAsync() => await ClientForAsync(AdminEmail, AdminPassword);

    public async Task<HttpClient> ClientForAsync(string email, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Creates a user of this trade (and service) through the admin API and signs them in.</summary>
    public async Task<(HttpClient Client, Guid UserId)> UserClientAsync(string metier, Guid? serviceId = null, Guid? managerId = null)
    {
        using var admin = await AdminClientAsync();
        var email = $"{metier}.{Guid.NewGuid():N}@socialerp.test";
        const string password = "Utilisateur-2026!";
        var response = await admin.PostAsJsonAsync("/api/admin/utilisateurs", new
        {
            email, password, nom = "Test", prenom = metier, metier, serviceId, managerId,
        });
        response.EnsureSuccessStatusCode();
        var user = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (await ClientForAsync(email, password), user.GetProperty("id").GetGuid());
    }

    public async Task<Guid> CreateServiceAsync(string code)
    {
        using var admin = await AdminClientAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/services", new { code, nom = $"Service {code}" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // App configuration added below is applied only when Program.cs builds the app; host settings reach it as
        // command-line arguments, so code reading configuration while it registers services (the scheduler's store
        // depends on Database:Provider and Jobs:Enabled) sees the test's database and overrides too.
        // The tests run on the real clock and compute today's date in UTC: a Swiss calendar day would differ for an
        // hour or two each night. The time zone itself is tested in HorlogeTests.
        builder.UseSetting("Horloge:FuseauHoraire", "UTC");
        foreach (var (key, value) in Database.Settings().Concat(overrides ?? new Dictionary<string, string?>()).Where(s => s.Value is not null))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) =>
        {
            var settings = new Dictionary<string, string?>(Database.Settings())
            {
                ["Messaging:Mode"] = nameof(MessagingMode.Manual),
                ["Messaging:InProcessRetryDelay"] = "00:00:00.010",
                ["Messaging:RetryBaseDelay"] = "00:00:00",
                ["Seed:AdminPassword"] = AdminPassword,
                ["Seed:DemoData"] = "false",
                // Notifications are sent when a test triggers the sender, not every 30 s behind other tests' backs.
                ["Journal:Notifications:IntervalleEnvoi"] = "01:00:00",
                ["Logging:Console:FormatterName"] = "simple",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            configuration.AddInMemoryCollection(settings);
        });
        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }
}
