using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Platform;

/// <summary>Sign-in, tokens, "who am I" and the administration of users, with their refusals.</summary>
public abstract class AuthTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Login_AdminSeeded_ReturnsBearerTokens()
    {
        using var client = Factory.CreateClient();

        var tokens = await (await client.PostJsonAsync("/api/auth/login", new { email = SocialErpApiFactory.AdminEmail, password = SocialErpApiFactory.AdminPassword })).JsonAsync();

        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refreshToken").GetString()));
        Assert.True(tokens.GetProperty("expiresIn").GetInt64() > 0);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        using var client = Factory.CreateClient();

        var response = await client.PostJsonAsync("/api/auth/login", new { email = SocialErpApiFactory.AdminEmail, password = "faux-mot-de-passe" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "auth.identifiants-invalides");
    }

    [Fact]
    public async Task Login_MissingFields_Returns400WithFields()
    {
        using var client = Factory.CreateClient();

        var response = await client.PostJsonAsync("/api/auth/login", new { });

        await response.AssertFieldErrorsAsync("email", "password");
    }

    [Fact]
    public async Task Moi_AssistantSocial_ReturnsTradeServiceAndPermissions()
    {
        var service = await Factory.CreateServiceAsync($"S{Guid.NewGuid():N}"[..10]);
        var (client, id) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _ = client;

        var moi = await (await client.GetAsync("/api/auth/moi")).JsonAsync();

        Assert.Equal(id, moi.GetProperty("id").GetGuid());
        Assert.Equal(Metiers.AssistantSocial, moi.GetProperty("metier").GetString());
        Assert.Equal(service, moi.GetProperty("serviceId").GetGuid());
        var permissions = moi.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("fiches.ecrire", permissions);
        Assert.DoesNotContain("admin.utilisateurs", permissions);
    }

    [Fact]
    public async Task Refresh_ValidRefreshToken_ReturnsNewAccessTokenThatWorks()
    {
        using var client = Factory.CreateClient();
        var tokens = await (await client.PostJsonAsync("/api/auth/login", new { email = SocialErpApiFactory.AdminEmail, password = SocialErpApiFactory.AdminPassword })).JsonAsync();

        var refreshed = await (await client.PostJsonAsync("/api/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() })).JsonAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.GetProperty("accessToken").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/moi")).StatusCode);
        await (await Factory.CreateClient().PostJsonAsync("/api/auth/refresh", new { refreshToken = "faux" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Jeton_Forge_Returns401()
    {
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-jeton-invente");

        await (await client.GetAsync("/api/auth/moi")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AdminUtilisateurs_NonAdministrateur_Returns403()
    {
        var (direction, _) = await Factory.UserClientAsync(Metiers.Direction);
        using var _d = direction;

        await (await direction.GetAsync("/api/admin/utilisateurs")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await direction.PostJsonAsync("/api/admin/services", new { code = "X", nom = "X" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await direction.GetAsync("/api/admin/messages/parked")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CreerUtilisateur_DonneesInvalides_Returns400ThenDuplicate409()
    {
        using var admin = await Factory.AdminClientAsync();

        await (await admin.PostJsonAsync("/api/admin/utilisateurs", new { email = "pas-un-email", metier = "pilote" }))
            .AssertFieldErrorsAsync("email", "password", "nom", "prenom", "metier");
        await (await admin.PostJsonAsync("/api/admin/utilisateurs", new
        {
            email = "x@socialerp.test", password = "Mot-de-passe-2026!", nom = "X", prenom = "Y", metier = Metiers.Comptable, serviceId = Guid.NewGuid(),
        })).AssertFieldErrorsAsync("serviceId");
        await (await admin.PostJsonAsync("/api/admin/utilisateurs", new
        {
            email = SocialErpApiFactory.AdminEmail, password = "Mot-de-passe-2026!", nom = "X", prenom = "Y", metier = Metiers.Comptable,
        })).AssertProblemAsync(HttpStatusCode.Conflict, "admin.email-deja-utilise");
    }

    [Fact]
    public async Task ModifierUtilisateur_ManagerCycle_Returns400AndNewTradeAppliesAtNextLogin()
    {
        using var admin = await Factory.AdminClientAsync();
        var (chefClient, chef) = await Factory.UserClientAsync(Metiers.Direction);
        var (_, agent) = await Factory.UserClientAsync(Metiers.AssistantSocial, managerId: chef);
        chefClient.Dispose();

        var cycle = await admin.PutAsJsonAsync($"/api/admin/utilisateurs/{chef}", new { nom = "Chef", prenom = "C", metier = Metiers.Direction, managerId = agent, actif = true });
        var promotion = await admin.PutAsJsonAsync($"/api/admin/utilisateurs/{agent}", new { nom = "Agent", prenom = "A", metier = Metiers.Gestionnaire, managerId = chef, actif = true });
        var inconnu = await admin.PutAsJsonAsync($"/api/admin/utilisateurs/{Guid.NewGuid()}", new { nom = "N", prenom = "P", metier = Metiers.Gestionnaire, actif = true });

        await cycle.AssertFieldErrorsAsync("managerId");
        Assert.Equal(Metiers.Gestionnaire, (await promotion.JsonAsync()).GetProperty("metier").GetString());
        await inconnu.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

[Trait("Category", "Integration")]
public sealed class AuthTestsSqlite(SqliteApiFixture fixture) : AuthTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class AuthTestsPostgreSql(PostgreSqlApiFixture fixture) : AuthTests(fixture), IClassFixture<PostgreSqlApiFixture>;
