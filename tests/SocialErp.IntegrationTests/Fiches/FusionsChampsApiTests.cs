using System.Net;
using System.Text.Json;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>
/// The fields a merge lets the user choose beyond the names: chosen from either fiche, an empty one filled from the
/// absorbed fiche by default, all put back by the un-merge, and the refusals of a field the fiches' type lacks.
/// </summary>
public abstract class FusionsChampsApiTests(ApiFixture fixture)
{
    private static readonly string[] ChampsIdentite =
    [
        "nom", "prenom", "autresNoms", "dateNaissance", "sexe", "etatCivil", "nationalite", "langue", "numeroAvs", "permisSejour",
        "communeResidence", "email",
    ];

    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task FusionnerFiches_ChampsChoisisEtVides_LaConserveePrendLesChoisisEtComplete()
    {
        using var client = await Factory.AdminClientAsync();
        var (conservee, absorbee) = await PersonnesAsync(client);

        var response = await client.PostJsonAsync("/api/fiches/fusions", new
        {
            conserveeId = conservee, absorbeeId = absorbee,
            choix = new Dictionary<string, string> { ["sexe"] = "absorbee", ["etatCivil"] = "absorbee", ["langue"] = "absorbee", ["nationalite"] = "conservee" },
        });

        var fiche = await response.JsonAsync();
        Assert.Equal("feminin", fiche.GetProperty("sexe").GetString());
        Assert.Equal("marie", fiche.GetProperty("etatCivil").GetString());
        Assert.Equal("de", fiche.GetProperty("langue").GetString());
        Assert.Equal("CH", fiche.GetProperty("nationalite").GetString());
        // Empty on the kept fiche, no choice: filled from the absorbed fiche...
        Assert.Equal("C", fiche.GetProperty("permisSejour").GetString());
        Assert.Equal(5586, fiche.GetProperty("communeResidence").GetInt32());
        Assert.Equal("née Favre", fiche.GetProperty("autresNoms").GetString());
        // ...except the five fields choosable from the start, which keep the kept fiche's value even empty.
        Assert.Equal(JsonValueKind.Null, fiche.GetProperty("dateNaissance").ValueKind);
        var fusion = await FusionAsync(client, absorbee);
        Assert.Equal(
            ["autresNoms", "communeResidence", "etatCivil", "langue", "permisSejour", "sexe"],
            fusion.GetProperty("champsRepris").EnumerateArray().Select(c => c.GetString()).Order());
        var outbox = Sql.Table(Factory.Database, "fiches", "outbox_message");
        Assert.Equal(1, await Sql.ScalarAsync(Factory.Database,
            $"select count(*) from {outbox} where type = 'fiches.fiche-modifiee.v1' and aggregate_key = 'fiche:{conservee}' and payload like '%permisSejour%'"));
    }

    [Fact]
    public async Task AnnulerFusion_ChampsRepris_LaConserveeRetrouveChaqueValeur()
    {
        using var client = await Factory.AdminClientAsync();
        var (conservee, absorbee) = await PersonnesAsync(client);
        var avant = await (await client.GetAsync($"/api/fiches/{conservee}")).JsonAsync();
        var fusion = await FusionsDeTest.FusionnerAsync(client, conservee, absorbee, new Dictionary<string, string>
        {
            ["sexe"] = "absorbee", ["etatCivil"] = "absorbee", ["langue"] = "absorbee", ["nationalite"] = "absorbee", ["prenom"] = "absorbee",
        });

        await FusionsDeTest.AnnulerAsync(client, fusion);

        var apres = await (await client.GetAsync($"/api/fiches/{conservee}")).JsonAsync();
        foreach (var champ in ChampsIdentite)
        {
            Assert.Equal(avant.GetProperty(champ).GetRawText(), apres.GetProperty(champ).GetRawText());
        }

        Assert.Equal("DE", (await (await client.GetAsync($"/api/fiches/{absorbee}")).JsonAsync()).GetProperty("nationalite").GetString());
    }

    [Fact]
    public async Task FusionnerFiches_Organisations_IdeEtFormeJuridiqueRepris()
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await FichesTestData.CreerAsync(client, new { type = "organisation", raisonSociale = FichesTestData.Marqueur("Regie"), langue = "fr" });
        var absorbee = await FichesTestData.CreerAsync(client, new
        {
            type = "organisation", raisonSociale = FichesTestData.Marqueur("Regie"), numeroIde = "che109322551", formeJuridique = "SA", langue = "it",
        });

        var fiche = await (await client.PostJsonAsync("/api/fiches/fusions", new { conserveeId = conservee, absorbeeId = absorbee })).JsonAsync();

        Assert.Equal("CHE-109.322.551", fiche.GetProperty("numeroIde").GetString());
        Assert.Equal("SA", fiche.GetProperty("formeJuridique").GetString());
        Assert.Equal("fr", fiche.GetProperty("langue").GetString());
    }

    [Theory]
    [InlineData("personne", "numeroIde")]
    [InlineData("personne", "formeJuridique")]
    [InlineData("organisation", "prenom")]
    [InlineData("organisation", "sexe")]
    public async Task FusionnerFiches_ChampDUnAutreType_Returns400AndChangesNothing(string type, string champ)
    {
        using var client = await Factory.AdminClientAsync();
        var conservee = await FichesTestData.CreerAsync(client, Fiche(type));
        var absorbee = await FichesTestData.CreerAsync(client, Fiche(type));

        var response = await client.PostJsonAsync("/api/fiches/fusions", new
        {
            conserveeId = conservee, absorbeeId = absorbee, choix = new Dictionary<string, string> { [champ] = "absorbee" },
        });

        var probleme = await response.AssertFieldErrorsAsync($"choix.{champ}");
        Assert.Contains("numeroIde", probleme.GetProperty("errors").GetProperty($"choix.{champ}")[0].GetString(), StringComparison.Ordinal);
        Assert.False((await (await client.GetAsync($"/api/fiches/{absorbee}")).JsonAsync()).GetProperty("archivee").GetBoolean());
    }

    [Fact]
    public async Task FusionnerFiches_ChampInconnu_Returns400NamingTheChoosableFields()
    {
        using var client = await Factory.AdminClientAsync();

        var response = await client.PostJsonAsync("/api/fiches/fusions", new
        {
            conserveeId = Guid.NewGuid(), absorbeeId = Guid.NewGuid(), choix = new Dictionary<string, string> { ["couleur"] = "absorbee", ["sexe"] = "les-deux" },
        });

        var erreurs = (await response.AssertFieldErrorsAsync("choix.couleur", "choix.sexe")).GetProperty("errors");
        var message = erreurs.GetProperty("choix.couleur")[0].GetString()!;
        foreach (var champ in new[] { "sexe", "etatCivil", "communeResidence", "numeroIde", "formeJuridique" })
        {
            Assert.Contains(champ, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FusionnerFiches_AvsRepriseDejaPorteeParUneAutreFiche_Returns409()
    {
        using var client = await Factory.AdminClientAsync();
        var avs = FichesTestData.NouvelAvs();
        var conservee = await FichesTestData.CreerAsync(client, new { type = "personne", nom = FichesTestData.Marqueur("Garde"), prenom = "G" });
        var absorbee = await FichesTestData.CreerAsync(client, new { type = "personne", nom = FichesTestData.Marqueur("Partie"), prenom = "P", numeroAvs = avs });
        await FichesTestData.CreerAsync(client, new
        {
            type = "personne", nom = FichesTestData.Marqueur("Forcee"), prenom = "F", numeroAvs = avs, forcer = true, motifForcage = "test",
        });

        var response = await client.PostJsonAsync("/api/fiches/fusions", new
        {
            conserveeId = conservee, absorbeeId = absorbee, choix = new Dictionary<string, string> { ["numeroAvs"] = "absorbee" },
        });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "fiches.avs-deja-utilise");
        Assert.False((await (await client.GetAsync($"/api/fiches/{absorbee}")).JsonAsync()).GetProperty("archivee").GetBoolean());
    }

    private static async Task<(Guid Conservee, Guid Absorbee)> PersonnesAsync(HttpClient client)
    {
        var conservee = await FichesTestData.CreerAsync(client, new
        {
            type = "personne", nom = FichesTestData.Marqueur("Garde"), prenom = "Anne", sexe = "masculin", etatCivil = "celibataire",
            nationalite = "CH", langue = "fr",
        });
        var absorbee = await FichesTestData.CreerAsync(client, new
        {
            type = "personne", nom = FichesTestData.Marqueur("Partie"), prenom = "Anna", autresNoms = "née Favre", dateNaissance = FichesTestData.NouvelleDate(),
            sexe = "feminin", etatCivil = "marie", nationalite = "DE", langue = "de", permisSejour = "C", communeResidence = 5586,
        });
        return (conservee, absorbee);
    }

    private static object Fiche(string type) => type == "personne"
        ? new { type, nom = FichesTestData.Marqueur("Fusion"), prenom = "P" }
        : new { type, raisonSociale = FichesTestData.Marqueur("Fusion") };

    private static async Task<JsonElement> FusionAsync(HttpClient client, Guid absorbee) =>
        Assert.Single((await (await client.GetAsync($"/api/fiches/{absorbee}/fusions")).JsonAsync()).EnumerateArray());
}

[Trait("Category", "Integration")]
public sealed class FusionsChampsApiTestsSqlite(SqliteApiFixture fixture) : FusionsChampsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class FusionsChampsApiTestsPostgreSql(PostgreSqlApiFixture fixture) : FusionsChampsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
