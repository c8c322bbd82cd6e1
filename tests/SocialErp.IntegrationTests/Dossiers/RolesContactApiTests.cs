using System.Net;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Dossiers.DossiersTestData;

namespace SocialErp.IntegrationTests.Dossiers;

/// <summary>
/// Contact roles are a parameter list (seeded with the five roles of seed 001): a role may ask its contacts' fiches for
/// a category, and an inactive role is refused for new contacts while existing ones keep it.
/// </summary>
public abstract class RolesContactApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task RolesContact_LusParTousEtParametresParLaDirection()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("RC")));
        using var _a = assistant;

        var roles = (await (await assistant.GetAsync("/api/parametres/roles-contact")).JsonAsync()).EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("categorieFiche").GetString());
        Assert.Equal("tuteur-curateur", roles["tuteur"]);
        Assert.Equal("donneur-ordre", roles["donneur-ordre"]);
        Assert.True(new[] { "prescripteur", "employeur", "gestionnaire" }.All(roles.ContainsKey));

        var code = Code();
        await (await assistant.PostJsonAsync("/api/parametres/roles-contact", new { code, libelle = "Curateur" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostJsonAsync("/api/parametres/roles-contact", new { code = "Mauvais Code", libelle = "", categorieFiche = "voisin" }))
            .AssertFieldErrorsAsync("code", "libelle", "categorieFiche");
        var cree = await (await admin.PostJsonAsync("/api/parametres/roles-contact", new { code, libelle = "Curateur", categorieFiche = "tuteur-curateur" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.True(cree.GetProperty("actif").GetBoolean());
        await (await admin.PostJsonAsync("/api/parametres/roles-contact", new { code, libelle = "Encore" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "dossiers.role-contact-existant");
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/parametres/roles-contact/{Code()}", new { code = "x", libelle = "X" }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "dossiers.role-contact-introuvable");
        await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/parametres/roles-contact/{code}", new { code = Code(), libelle = "X" }))
            .AssertFieldErrorsAsync("code");
        await (await assistant.SendJsonAsync(HttpMethod.Put, $"/api/parametres/roles-contact/{code}", new { code, libelle = "X" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        var modifie = await (await admin.SendJsonAsync(HttpMethod.Put, $"/api/parametres/roles-contact/{code}", new { code, libelle = "Curateur de représentation" }))
            .JsonAsync();
        Assert.Equal(("Curateur de représentation", true), (modifie.GetProperty("libelle").GetString(),
            modifie.GetProperty("categorieFiche").ValueKind == System.Text.Json.JsonValueKind.Null));
    }

    [Fact]
    public async Task Contacts_RoleParametre_CategorieExigeeEtRoleInactifRefuse()
    {
        using var admin = await Factory.AdminClientAsync();
        var (id, usager) = await DossierSimpleAsync(admin, "RolesContact");
        var curatrice = await FicheAsync(admin, "Curatrice", "tuteur-curateur");
        var (curateur, voisin) = (Code(), Code());
        (await admin.PostJsonAsync("/api/parametres/roles-contact", new { code = curateur, libelle = "Curateur", categorieFiche = "tuteur-curateur" }))
            .EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/api/parametres/roles-contact", new { code = voisin, libelle = "Voisin de confiance" })).EnsureSuccessStatusCode();

        await (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = curateur, ficheId = usager }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "dossiers.categorie-fiche-invalide");
        (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = curateur, ficheId = curatrice })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = voisin, ficheId = usager })).EnsureSuccessStatusCode();

        (await admin.SendJsonAsync(HttpMethod.Put, $"/api/parametres/roles-contact/{curateur}", new
        {
            code = curateur, libelle = "Curateur", categorieFiche = "tuteur-curateur", actif = false,
        })).EnsureSuccessStatusCode();
        var refus = await (await admin.PostJsonAsync($"/api/dossiers/{id}/contacts", new { role = curateur, ficheId = curatrice }))
            .AssertFieldErrorsAsync("role");
        var message = refus.GetProperty("errors").GetProperty("role")[0].GetString()!;
        Assert.Contains("prescripteur", message, StringComparison.Ordinal);
        Assert.Contains(voisin, message, StringComparison.Ordinal);
        Assert.DoesNotContain(curateur, message, StringComparison.Ordinal);

        var roles = (await (await admin.GetAsync($"/api/dossiers/{id}/contacts")).JsonAsync()).EnumerateArray().Select(c => c.GetProperty("role").GetString());
        Assert.Equal(new[] { curateur, voisin }.Order(StringComparer.Ordinal), roles.Order(StringComparer.Ordinal));
    }

    private static string Code() => "r-" + Guid.NewGuid().ToString("N")[..12];
}

[Trait("Category", "Integration")]
public sealed class RolesContactApiTestsSqlite(SqliteApiFixture fixture) : RolesContactApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class RolesContactApiTestsPostgreSql(PostgreSqlApiFixture fixture) : RolesContactApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
