using System.Net;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>Duplicate candidates through HTTP: reasons and scores, the warning on create, forcing an identical AVS number.</summary>
public abstract class DoublonsApiTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task ListerDoublons_ChaqueRaison_ScoresTriesEtRaisons()
    {
        using var client = await Factory.AdminClientAsync();
        var nom = FichesTestData.Marqueur("Müller");
        var date = FichesTestData.NouvelleDate();
        var avs = FichesTestData.NouvelAvs();
        var email = $"{Guid.NewGuid():N}@example.ch";
        var cible = await CreerAsync(client, new { type = "personne", nom, prenom = "Hélène", dateNaissance = date, numeroAvs = avs, email });
        var memeAvs = await CreerAsync(client, new { type = "personne", nom = "Autre", prenom = "Nom", numeroAvs = avs, forcer = true, motifForcage = "Homonyme AVS vérifié" });
        var memeNom = await CreerAsync(client, new { type = "personne", nom = "HELENE", prenom = nom.ToUpperInvariant(), dateNaissance = date });
        var nomProche = await CreerAsync(client, new { type = "personne", nom = nom.Replace("ü", "u", StringComparison.Ordinal)[..^1], prenom = "Helene", dateNaissance = date });
        var memeEmail = await CreerAsync(client, new { type = "personne", nom = "Sans", prenom = "Rapport", email });
        await CreerAsync(client, new { type = "personne", nom, prenom = "Hélène", dateNaissance = "1900-01-01" });

        var doublons = await (await client.GetAsync($"/api/fiches/{cible}/doublons")).JsonAsync();

        var trouves = doublons.EnumerateArray().ToList();
        Assert.Equal([memeAvs, memeNom, nomProche, memeEmail], trouves.Select(d => d.GetProperty("ficheId").GetGuid()));
        Assert.Equal([100, 80, 70, 60], trouves.Select(d => d.GetProperty("score").GetInt32()));
        Assert.Equal(["avs"], Raisons(trouves[0]));
        Assert.Equal(["nom-date-naissance"], Raisons(trouves[1]));
        Assert.Equal(["nom-proche-date-naissance"], Raisons(trouves[2]));
        Assert.Equal(["email"], Raisons(trouves[3]));
        Assert.Equal(date, trouves[1].GetProperty("dateNaissance").GetString());
    }

    [Fact]
    public async Task ListerDoublons_DateDeNaissancePartageeParPlusQueLePlafond_GardeLeMemeEmail()
    {
        using var client = await Factory.AdminClientAsync();
        var date = FichesTestData.NouvelleDate();
        var email = $"{Guid.NewGuid():N}@example.ch";
        // More fiches born the same day than the candidates' cap (500), created before the one sharing the e-mail.
        await Parallel.ForEachAsync(Enumerable.Range(0, 510), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            await CreerAsync(client, new { type = "personne", nom = $"Zz{i:D3}{Guid.NewGuid():N}", prenom = "Date", dateNaissance = date }));
        var memeEmail = await CreerAsync(client, new { type = "personne", nom = "Sans", prenom = "Rapport", email });
        var cible = await CreerAsync(client, new { type = "personne", nom = FichesTestData.Marqueur("Cible"), prenom = "Une", dateNaissance = date, email });

        var doublons = await (await client.GetAsync($"/api/fiches/{cible}/doublons")).JsonAsync();

        var trouve = Assert.Single(doublons.EnumerateArray());
        Assert.Equal(memeEmail, trouve.GetProperty("ficheId").GetGuid());
        Assert.Equal(["email"], Raisons(trouve));
    }

    [Fact]
    public async Task CreerFiche_NomProcheEtMemeDate_Returns201WithDoublonsWarning()
    {
        using var client = await Factory.AdminClientAsync();
        var nom = FichesTestData.Marqueur("Armengaud");
        var date = FichesTestData.NouvelleDate();
        var existante = await CreerAsync(client, new { type = "personne", nom, prenom = "François", dateNaissance = date });

        var response = await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = nom.ToLowerInvariant(), prenom = "Francois", dateNaissance = date });
        var seule = await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = FichesTestData.Marqueur("Unique"), prenom = "A", dateNaissance = FichesTestData.NouvelleDate() });

        var fiche = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(nom.ToLowerInvariant(), fiche.GetProperty("nom").GetString());
        var doublon = Assert.Single(fiche.GetProperty("doublons").EnumerateArray());
        Assert.Equal(existante, doublon.GetProperty("ficheId").GetGuid());
        Assert.Equal(80, doublon.GetProperty("score").GetInt32());
        Assert.Equal(0, (await seule.JsonAsync(HttpStatusCode.Created)).GetProperty("doublons").GetArrayLength());
    }

    [Fact]
    public async Task CreerFiche_AvsIdentique_Returns409UnlessForcedWithReasonWhichIsRecorded()
    {
        using var client = await Factory.AdminClientAsync();
        var avs = FichesTestData.NouvelAvs();
        var existante = await CreerAsync(client, new { type = "personne", nom = "Premier", prenom = "A", numeroAvs = avs });

        var refus = await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = "Second", prenom = "B", numeroAvs = avs });
        var sansMotif = await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = "Second", prenom = "B", numeroAvs = avs, forcer = true });
        var force = await client.PostJsonAsync("/api/fiches", new { type = "personne", nom = "Second", prenom = "B", numeroAvs = avs, forcer = true, motifForcage = "Erreur d'attribution AVS confirmée par la caisse" });

        await refus.AssertProblemAsync(HttpStatusCode.Conflict, "fiches.avs-deja-utilise");
        await sansMotif.AssertFieldErrorsAsync("motifForcage");
        var fiche = await force.JsonAsync(HttpStatusCode.Created);
        var doublon = Assert.Single(fiche.GetProperty("doublons").EnumerateArray());
        Assert.Equal(existante, doublon.GetProperty("ficheId").GetGuid());
        Assert.Equal(100, doublon.GetProperty("score").GetInt32());
        var forcages = Sql.Table(Factory.Database, "fiches", "forcage_doublon");
        Assert.Equal(1, await Sql.ScalarAsync(Factory.Database,
            $"select count(*) from {forcages} where lower(cast(fiche_id as text)) = '{fiche.GetProperty("id").GetGuid()}' "
            + $"and lower(cast(fiche_existante_id as text)) = '{existante}' "
            + "and motif = 'Erreur d''attribution AVS confirmée par la caisse'"));
    }

    [Fact]
    public async Task ListerDoublons_FicheInconnueOuInvisible_Returns404AndOtherServicesHidden()
    {
        var service = await Factory.CreateServiceAsync($"D{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        using var admin = await Factory.AdminClientAsync();
        var nom = FichesTestData.Marqueur("Cache");
        var date = FichesTestData.NouvelleDate();
        var ailleurs = await CreerAsync(admin, new { type = "personne", nom, prenom = "A", dateNaissance = date });
        var ici = await CreerAsync(assistant, new { type = "personne", nom, prenom = "A", dateNaissance = date });

        await (await assistant.GetAsync($"/api/fiches/{Guid.NewGuid()}/doublons")).AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fiche-introuvable");
        await (await assistant.GetAsync($"/api/fiches/{ailleurs}/doublons")).AssertProblemAsync(HttpStatusCode.NotFound, "fiches.fiche-introuvable");
        Assert.Equal(0, (await (await assistant.GetAsync($"/api/fiches/{ici}/doublons")).JsonAsync()).GetArrayLength());
        Assert.Equal(ailleurs, Assert.Single((await (await admin.GetAsync($"/api/fiches/{ici}/doublons")).JsonAsync()).EnumerateArray()).GetProperty("ficheId").GetGuid());
    }

    [Fact]
    public async Task Doublons_MemeTelephoneSousUneAutreForme_ScoredAsTelephone()
    {
        using var client = await Factory.AdminClientAsync();
        var numero = $"079{Random.Shared.Next(1_000_000, 9_999_999)}";
        var premiere = await CreerAsync(client, new
        {
            type = "personne", nom = FichesTestData.Marqueur("Tel"), prenom = "Un", contacts = new[] { new { type = "mobile", valeur = numero } },
        });

        var response = await client.PostJsonAsync("/api/fiches", new
        {
            type = "personne", nom = FichesTestData.Marqueur("Autre"), prenom = "Deux",
            contacts = new[] { new { type = "telephone", valeur = $"+41 {numero[1..3]} {numero[3..]}" } },
        });

        var creee = await response.JsonAsync(HttpStatusCode.Created);
        var doublon = Assert.Single(creee.GetProperty("doublons").EnumerateArray());
        Assert.Equal(premiere, doublon.GetProperty("ficheId").GetGuid());
        Assert.Equal(["telephone"], Raisons(doublon));
        Assert.Equal(50, doublon.GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task ModifierFiche_DevientDoublon_ResponseCarriesTheWarning()
    {
        using var client = await Factory.AdminClientAsync();
        var nom = FichesTestData.Marqueur("Jumeau");
        var date = FichesTestData.NouvelleDate();
        var existante = await CreerAsync(client, new { type = "personne", nom, prenom = "Paul", dateNaissance = date });
        var autre = await CreerAsync(client, new { type = "personne", nom = "Provisoire", prenom = "Paul" });

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/fiches/{autre}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { type = "personne", nom, prenom = "Paul", dateNaissance = date }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var modifiee = await (await client.SendAsync(request)).JsonAsync();

        var doublon = Assert.Single(modifiee.GetProperty("doublons").EnumerateArray());
        Assert.Equal(existante, doublon.GetProperty("ficheId").GetGuid());
        Assert.Equal(["nom-date-naissance"], Raisons(doublon));
    }

    private static IEnumerable<string?> Raisons(JsonElement doublon) =>
        doublon.GetProperty("raisons").EnumerateArray().Select(r => r.GetString());

    private static async Task<Guid> CreerAsync(HttpClient client, object fiche) =>
        (await (await client.PostJsonAsync("/api/fiches", fiche)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}

[Trait("Category", "Integration")]
public sealed class DoublonsApiTestsSqlite(SqliteApiFixture fixture) : DoublonsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DoublonsApiTestsPostgreSql(PostgreSqlApiFixture fixture) : DoublonsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
