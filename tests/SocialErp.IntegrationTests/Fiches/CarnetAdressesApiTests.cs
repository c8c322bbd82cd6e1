using System.Net;
using System.Text;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>
/// The address book: the address and numbers to reach each visible active fiche, the channel and preference filters,
/// the CSV file, and the refusals.
/// </summary>
public abstract class CarnetAdressesApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task CarnetAdresses_Json_AddressAndNumbersOfVisibleActiveFichesFilteredByChannelAndPreference()
    {
        var (client, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("C")));
        var (ailleurs, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync(FichesTestData.Marqueur("D")));
        using var _c = client;
        using var _a = ailleurs;
        var mot = FichesTestData.Marqueur("Carnet").ToLowerInvariant();
        var (ana, bob, regie) = await CreerCarnetAsync(client, mot);
        var archivee = await FichesTestData.CreerAsync(client, new { type = "personne", nom = mot, prenom = "Archivée", email = $"{mot}.x@example.ch" });
        (await client.PostAsync($"/api/fiches/{archivee}/archivage", null)).EnsureSuccessStatusCode();
        await FichesTestData.CreerAsync(ailleurs, new { type = "personne", nom = mot, prenom = "Ailleurs", email = $"{mot}.y@example.ch" });

        var tous = await PageAsync(client, $"q={mot}");
        var lueAna = tous.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == ana);

        Assert.Equal([ana, bob, regie], Ids(tous).Order());
        Assert.Equal(3, tous.GetProperty("total").GetInt32());
        Assert.Equal("postale", lueAna.GetProperty("adresse").GetProperty("type").GetString()); // the postal address before home
        Assert.Equal("Case postale 12", lueAna.GetProperty("adresse").GetProperty("casePostale").GetString());
        Assert.Equal($"{mot}@example.ch", lueAna.GetProperty("email").GetString());
        Assert.Equal("+41791234567", lueAna.GetProperty("mobile").GetString()); // the principal mobile first
        Assert.Equal("+41213000000", lueAna.GetProperty("telephone").GetString());
        Assert.Equal("fr", lueAna.GetProperty("langue").GetString());
        var lueBob = tous.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == bob);
        Assert.Equal(JsonValueKind.Null, lueBob.GetProperty("adresse").ValueKind); // his only address ended in 2021
        Assert.Equal("professionnelle", tous.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == regie)
            .GetProperty("adresse").GetProperty("type").GetString());

        Assert.Equal([ana, regie], Ids(await PageAsync(client, $"q={mot}&canal=email")).Order());
        Assert.Equal([ana], Ids(await PageAsync(client, $"q={mot}&canal=sms")));
        Assert.Equal([ana, bob], Ids(await PageAsync(client, $"q={mot}&canal=telephone")).Order());
        Assert.Equal([ana, regie], Ids(await PageAsync(client, $"q={mot}&canal=courrier")).Order());
        Assert.Equal([ana, bob, regie], Ids(await PageAsync(client, $"q={mot}&canal=courrier&date=2021-06-01")).Order());
        Assert.Equal([ana], Ids(await PageAsync(client, $"q={mot}&canal=courrier&typeMessage=courrier"))); // the régie wants letters by e-mail
        Assert.Equal([ana, regie], Ids(await PageAsync(client, $"q={mot}&canal=email&typeMessage=courrier")).Order());
        Assert.Equal([regie], Ids(await PageAsync(client, $"q={mot}&type=organisation&categorie=regie")));
    }

    [Fact]
    public async Task CarnetAdresses_Csv_WholeListWithBomSemicolonsAndFormulasNeutralised()
    {
        using var client = await Factory.AdminClientAsync();
        var mot = FichesTestData.Marqueur("Csv").ToLowerInvariant();
        var (ana, bob, regie) = await CreerCarnetAsync(client, mot);

        using var reponse = await client.GetAsync($"/api/fiches/carnet-adresses?q={mot}&format=csv&pageSize=1");
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        var lignes = Encoding.UTF8.GetString(octets, 3, octets.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/csv", reponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), octets[..3]);
        Assert.Equal("id;type;nom;prenom;categories;rue;numero;complement;case_postale;npa;localite;pays;email;telephone;mobile;langue", lignes[0]);
        Assert.Equal(4, lignes.Length); // every fiche, whatever pageSize says
        var ligneAna = lignes.Single(l => l.StartsWith(ana.ToString(), StringComparison.Ordinal));
        Assert.Equal(
            $"{ana};personne;{mot};Ana;usager;\"Rue du Lac; bâtiment B\";4;'=1+2;Case postale 12;1003;Lausanne;CH;{mot}@example.ch;+41213000000;+41791234567;fr",
            ligneAna);
        Assert.Contains(lignes, l => l.StartsWith($"{bob};personne;{mot};Bob;", StringComparison.Ordinal));
        Assert.Contains(lignes, l => l.StartsWith($"{regie};organisation;{mot} SA;;regie;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("canal=fax", "canal")]
    [InlineData("typeMessage=convocation", "typeMessage")]
    [InlineData("canal=telephone&typeMessage=rappel", "typeMessage")]
    [InlineData("canal=email&typeMessage=pigeon", "typeMessage")]
    [InlineData("format=xml", "format")]
    [InlineData("type=robot", "type")]
    [InlineData("categorie=astronaute", "categorie")]
    public async Task CarnetAdresses_BadParameter_Returns400OnTheField(string query, string champ)
    {
        using var client = await Factory.AdminClientAsync();

        await (await client.GetAsync($"/api/fiches/carnet-adresses?{query}")).AssertFieldErrorsAsync(champ);
    }

    [Fact]
    public async Task CarnetAdresses_WithoutToken_Returns401()
    {
        using var anonyme = Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync("/api/fiches/carnet-adresses")).StatusCode);
    }

    /// <summary>
    /// Ana: postal and home addresses, e-mail, two mobiles and a phone; Bob: a phone and a home address that ended in
    /// 2021; a régie: a business address and letters by e-mail.
    /// </summary>
    private static async Task<(Guid Ana, Guid Bob, Guid Regie)> CreerCarnetAsync(HttpClient client, string mot)
    {
        var ana = await FichesTestData.CreerAsync(client, new
        {
            type = "personne", nom = mot, prenom = "Ana", email = $"{mot}@example.ch", langue = "fr", categories = new[] { "usager" },
            contacts = new object[]
            {
                new { type = "mobile", valeur = "078 000 00 00" },
                new { type = "mobile", valeur = "079 123 45 67", principal = true },
                new { type = "telephone", valeur = "021 300 00 00" },
            },
            preferencesNotification = new object[] { new { typeMessage = "convocation", canal = "sms" } },
            adresses = new object[]
            {
                new { type = "domicile", rue = "Chemin Vert", numero = "1", npa = "1004", localite = "Lausanne", valideDu = "2020-01-01" },
                new { type = "postale", rue = "Rue du Lac; bâtiment B", numero = "4", complement = "=1+2", casePostale = "Case postale 12", npa = "1003", localite = "Lausanne", valideDu = "2020-01-01" },
            },
        });
        var bob = await FichesTestData.CreerAsync(client, new
        {
            type = "personne", nom = mot, prenom = "Bob",
            contacts = new object[] { new { type = "telephone", valeur = "022 700 00 00" } },
            adresses = new object[] { new { type = "domicile", rue = "Rue Haute", npa = "1200", localite = "Genève", valideDu = "2019-01-01", valideAu = "2021-12-31" } },
        });
        var regie = await FichesTestData.CreerAsync(client, new
        {
            type = "organisation", raisonSociale = $"{mot} SA", categories = new[] { "regie" },
            contacts = new object[] { new { type = "email", valeur = $"gerance@{mot}.example.ch" } },
            preferencesNotification = new object[] { new { typeMessage = "courrier", canal = "email" } },
            adresses = new object[] { new { type = "professionnelle", rue = "Avenue de la Gare", numero = "10", npa = "1003", localite = "Lausanne", valideDu = "2018-01-01" } },
        });
        return (ana, bob, regie);
    }

    private static async Task<JsonElement> PageAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/fiches/carnet-adresses?{query}")).JsonAsync();

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}

[Trait("Category", "Integration")]
public sealed class CarnetAdressesApiTestsSqlite(SqliteApiFixture fixture) : CarnetAdressesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class CarnetAdressesApiTestsPostgreSql(PostgreSqlApiFixture fixture) : CarnetAdressesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
