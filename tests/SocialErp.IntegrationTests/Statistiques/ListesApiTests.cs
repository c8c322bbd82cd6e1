using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialErp.Modules.Statistiques.Tests;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Statistiques;

/// <summary>Parametrisable lists: saved per user or shared, evaluated as JSON, CSV or Excel, exports as jobs above the limit.</summary>
public abstract class ListesApiTests(StatistiquesApiFixture fixture)
{
    private const string DossiersOuverts = "0194f1a0-0000-7000-8000-000000000001";
    private const string DetteSociale = "0194f1a0-0000-7000-8000-000000000002";
    private const string ChargesParMois = "0194f1a0-0000-7000-8000-000000000003";

    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task ListesLivrees_PartageesAvecChaqueUtilisateurDesStatistiques()
    {
        await AdminAsync();
        var (client, _) = await Factory.UserClientAsync(Metiers.Gestionnaire);
        using (client)
        {
            var listes = await (await client.GetAsync("/api/statistiques/listes")).JsonAsync();

            var livrees = listes.EnumerateArray().Where(l => l.GetProperty("livree").GetBoolean()).ToList();
            Assert.Equal(
                ["Charges par type et par mois", "Dette sociale par catégorie", "Dossiers ouverts par commune et prestation"],
                livrees.Select(l => l.GetProperty("nom").GetString()!).Order(StringComparer.Ordinal).ToArray());
            Assert.All(livrees, l => Assert.False(l.GetProperty("modifiable").GetBoolean()));
        }
    }

    [Fact]
    public async Task DossiersOuvertsParCommuneEtPrestation_UneLigneParGroupeEtLeTotal()
    {
        using var client = await AdminAsync();

        var resultat = await Resultat(client, DossiersOuverts);

        Assert.Equal(["dossier.commune", "dossier.prestation", "nombre", "moyenne:dossier.dureeMois"], Codes(resultat));
        Assert.Equal(["5586|WSH|1", "5591|ALBV|1"], Lignes(resultat, "dossier.commune", "dossier.prestation", "nombre"));
        Assert.Equal(2, resultat.GetProperty("totaux").GetProperty("nombre").GetInt32());
        Assert.False(resultat.GetProperty("tronque").GetBoolean());
    }

    [Fact]
    public async Task DetteSocialeParCategorie_SommesParCompte()
    {
        using var client = await AdminAsync();

        var resultat = await Resultat(client, DetteSociale);

        Assert.Equal(["1061|1000|200|800", "1063|300|0|300"],
            Lignes(resultat, "ecriture.compte", "somme:ecriture.debit", "somme:ecriture.credit", "somme:ecriture.solde"));
        Assert.Equal(1100m, resultat.GetProperty("totaux").GetProperty("somme:ecriture.solde").GetDecimal());
    }

    [Fact]
    public async Task ChargesParTypeEtParMois_Csv()
    {
        using var client = await AdminAsync();

        var reponse = await client.GetAsync($"/api/statistiques/listes/{ChargesParMois}/resultat?format=csv");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/csv", reponse.Content.Headers.ContentType?.MediaType);
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], octets[..3]);
        Assert.Equal(
            [
                "Type de charge;Mois;Charges brutes;Remboursements;Charges nettes",
                "avance-pension;2019-10;700.00;0.00;700.00",
                "avance-pension;2019-12;0.00;250.00;-250.00",
                "entretien;2019-10;1550.00;0.00;1550.00",
                "loyer;2019-11;1200.00;0.00;1200.00",
                "Total;;3450.00;250.00;3200.00",
            ],
            Encoding.UTF8.GetString(octets[3..]).TrimEnd().Split("\r\n"));
    }

    [Fact]
    public async Task ChargesParTypeEtParMois_Xlsx_RelaParUnLecteurIndependant()
    {
        using var client = await AdminAsync();

        var reponse = await client.GetAsync($"/api/statistiques/listes/{ChargesParMois}/resultat?format=xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", reponse.Content.Headers.ContentType?.MediaType);
        var classeur = await LireXlsxAsync(reponse);
        var feuilles = classeur.GetProperty("sheets").EnumerateArray().ToList();
        Assert.Equal(["avance-pension", "entretien", "loyer"], feuilles.Select(f => f.GetProperty("name").GetString()!).ToArray());
        var avances = feuilles[0];
        var lignes = avances.GetProperty("rows").EnumerateArray().ToList();
        Assert.StartsWith("Charges par type et par mois", lignes[0].GetProperty("values")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(["Type de charge", "Mois", "Charges brutes", "Remboursements", "Charges nettes"],
            lignes[3].GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToArray());
        Assert.Equal("2019-10", lignes[4].GetProperty("values")[1].GetString());
        Assert.Equal(700m, lignes[4].GetProperty("values")[2].GetDecimal());
        Assert.Contains("CHF", lignes[4].GetProperty("numFmts")[2].GetString(), StringComparison.Ordinal);
        var total = lignes[6].GetProperty("values")[4];
        Assert.Equal("SUBTOTAL(109,E5:E6)", total.GetProperty("formula").GetString());
        Assert.Equal(450m, total.GetProperty("result").GetDecimal());
        Assert.Equal(4, avances.GetProperty("frozen").GetProperty("ySplit").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, avances.GetProperty("autoFilter").ValueKind);
    }

    [Fact]
    public async Task UneLigneParPersonneEtEvenement_QuandLaListeLeDemande()
    {
        using var client = await AdminAsync();
        var id = await CreerAsync(client, "Entrées par personne", new
        {
            entite = "evenements",
            parPersonne = true,
            colonnes = new[] { "dossier.numero", "evenement.type", "personne.prenom", "membre.role", "personne.age" },
            filtres = new[] { new { colonne = "dossier.numero", operateur = "egal", valeurs = new[] { "D-2020-005" } } },
            tri = new[] { new { colonne = "personne.prenom", ordre = "asc" } },
        });

        var resultat = await Resultat(client, id);

        Assert.Equal(["D-2020-005|entree|Sara|requerant|29", "D-2020-005|entree|Tim|enfant|4"],
            Lignes(resultat, "dossier.numero", "evenement.type", "personne.prenom", "membre.role", "personne.age"));
    }

    [Fact]
    public async Task Export_AuDelaDeLaLimite_202PuisFichierTelechargeableParSonDemandeurSeulement()
    {
        using var client = await AdminAsync();
        var id = await CreerAsync(client, "Toutes les lignes", new
        {
            entite = "ecritures",
            colonnes = new[] { "ecriture.date", "ecriture.compte", "ecriture.debit", "ecriture.credit" },
            totaux = new[] { new { fonction = "somme", colonne = "ecriture.debit" } },
        }, partagee: true);

        var json = await Resultat(client, id);
        var reponse = await client.GetAsync($"/api/statistiques/listes/{id}/resultat?format=xlsx");

        Assert.True(json.GetProperty("tronque").GetBoolean());
        Assert.Equal(StatistiquesApiFixture.LimiteSynchrone, json.GetProperty("lignes").GetArrayLength());
        Assert.Equal(18, json.GetProperty("nombreLignes").GetInt32());
        var export = await reponse.JsonAsync(HttpStatusCode.Accepted);
        var suivi = reponse.Headers.Location!.OriginalString;
        Assert.Equal($"/api/statistiques/listes/exports/{export.GetProperty("id").GetGuid()}", suivi);
        await Eventually.AssertAsync(async () => (await (await client.GetAsync(suivi)).JsonAsync()).GetProperty("statut").GetString() == "terminee",
            "export terminé", TimeSpan.FromSeconds(60));
        var termine = await (await client.GetAsync(suivi)).JsonAsync();
        Assert.Equal(18, termine.GetProperty("nombreEnregistrements").GetInt32());
        var fichier = await client.GetAsync(termine.GetProperty("fichier").GetString());
        Assert.Equal($"\"{termine.GetProperty("checksum").GetString()}\"", fichier.Headers.ETag?.Tag);
        var lignes = (await LireXlsxAsync(fichier)).GetProperty("sheets")[0].GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(4 + 18 + 1, lignes.Count);
        Assert.Equal(5200m, lignes[^1].GetProperty("values")[2].GetProperty("result").GetDecimal());

        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable);
        using (comptable)
        {
            await (await comptable.GetAsync(suivi)).AssertProblemAsync(HttpStatusCode.NotFound, "statistiques.export-introuvable");
            await (await comptable.GetAsync($"{suivi}/fichier")).AssertProblemAsync(HttpStatusCode.NotFound, "statistiques.export-introuvable");
        }

        await (await client.GetAsync($"/api/statistiques/executions/{export.GetProperty("id").GetGuid()}"))
            .AssertProblemAsync(HttpStatusCode.NotFound, "statistiques.execution-introuvable");
    }

    [Fact]
    public async Task ExportSansDroitExporter_403MaisLeJsonReste()
    {
        await AdminAsync();
        var (client, _) = await Factory.UserClientAsync(Metiers.Gestionnaire);
        using (client)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/statistiques/listes/{DetteSociale}/resultat")).StatusCode);
            await (await client.GetAsync($"/api/statistiques/listes/{DetteSociale}/resultat?format=csv"))
                .AssertProblemAsync(HttpStatusCode.Forbidden, "statistiques.export-non-autorise");
            await (await client.GetAsync($"/api/statistiques/listes/{DetteSociale}/resultat?format=xlsx"))
                .AssertProblemAsync(HttpStatusCode.Forbidden, "statistiques.export-non-autorise");
        }
    }

    [Theory]
    [InlineData(Metiers.AssistantSocial)]
    [InlineData(Metiers.Integrateur)]
    public async Task SansDroitAuxListes_403(string metier)
    {
        var (client, _) = await Factory.UserClientAsync(metier);
        using (client)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/statistiques/listes")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/statistiques/listes/{DetteSociale}/resultat")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/statistiques/listes", new { nom = "x" })).StatusCode);
        }
    }

    [Fact]
    public async Task ListePriveeDUnAutre_404_ListePartageeDUnAutre_LisibleMaisPasModifiable()
    {
        var (auteur, _) = await Factory.UserClientAsync(Metiers.Comptable);
        var (autre, _) = await Factory.UserClientAsync(Metiers.Comptable);
        using (auteur)
        using (autre)
        {
            var privee = await CreerAsync(auteur, "Ma liste", DefinitionSimple());
            var partagee = await CreerAsync(auteur, "Notre liste", DefinitionSimple(), partagee: true);

            await (await autre.GetAsync($"/api/statistiques/listes/{privee}")).AssertProblemAsync(HttpStatusCode.NotFound, "statistiques.liste-introuvable");
            await (await autre.GetAsync($"/api/statistiques/listes/{privee}/resultat")).AssertProblemAsync(HttpStatusCode.NotFound, "statistiques.liste-introuvable");
            await (await autre.PutAsJsonAsync($"/api/statistiques/listes/{privee}", Requete("Volée", DefinitionSimple())))
                .AssertProblemAsync(HttpStatusCode.NotFound, "statistiques.liste-introuvable");
            await (await autre.DeleteAsync($"/api/statistiques/listes/{privee}")).AssertProblemAsync(HttpStatusCode.NotFound);
            var vues = await (await autre.GetAsync("/api/statistiques/listes")).JsonAsync();
            Assert.DoesNotContain(vues.EnumerateArray(), l => l.GetProperty("id").GetString() == privee);
            Assert.Contains(vues.EnumerateArray(), l => l.GetProperty("id").GetString() == partagee);
            Assert.Equal(HttpStatusCode.OK, (await autre.GetAsync($"/api/statistiques/listes/{partagee}/resultat")).StatusCode);
            await (await autre.PutAsJsonAsync($"/api/statistiques/listes/{partagee}", Requete("Prise", DefinitionSimple())))
                .AssertProblemAsync(HttpStatusCode.Forbidden, "statistiques.liste-non-modifiable");
            Assert.Equal(HttpStatusCode.OK, (await auteur.GetAsync($"/api/statistiques/listes/{privee}/resultat")).StatusCode);
        }
    }

    [Fact]
    public async Task Modifier_IfMatchPerime412_PuisSupprimer_ListeLivreeNonSupprimable()
    {
        using var client = await AdminAsync();
        var id = await CreerAsync(client, "À réviser", DefinitionSimple());
        var lue = await client.GetAsync($"/api/statistiques/listes/{id}");
        var etag = lue.Headers.ETag!;

        var modifiee = await EnvoyerAsync(client, HttpMethod.Put, $"/api/statistiques/listes/{id}", Requete("Révisée", DefinitionSimple()), etag);
        var perimee = await EnvoyerAsync(client, HttpMethod.Put, $"/api/statistiques/listes/{id}", Requete("Encore", DefinitionSimple()), etag);
        var supprimee = await client.DeleteAsync($"/api/statistiques/listes/{id}");

        Assert.Equal("Révisée", (await modifiee.JsonAsync()).GetProperty("nom").GetString());
        await perimee.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, supprimee.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/statistiques/listes/{id}")).StatusCode);
        await (await client.DeleteAsync($"/api/statistiques/listes/{DetteSociale}")).AssertProblemAsync(HttpStatusCode.Conflict, "statistiques.liste-livree");
    }

    [Theory]
    [InlineData("entite", """{"entite":"voitures","colonnes":["dossier.numero"]}""")]
    [InlineData("colonnes[1]", """{"entite":"dossiers","colonnes":["dossier.numero","dossier.couleur"]}""")]
    [InlineData("colonnes[0]", """{"entite":"dossiers","colonnes":["personne.nom"]}""")]
    [InlineData("colonnes[0]", """{"entite":"ecritures","colonnes":["seance.heures"]}""")]
    [InlineData("filtres[0].colonne", """{"entite":"dossiers","colonnes":["dossier.numero"],"filtres":[{"colonne":"dossier.age","operateur":"egal","valeurs":["1"]}]}""")]
    [InlineData("filtres[0].valeurs[0]", """{"entite":"dossiers","colonnes":["dossier.numero"],"filtres":[{"colonne":"dossier.commune","operateur":"egal","valeurs":["Lausanne"]}]}""")]
    [InlineData("filtres[0].operateur", """{"entite":"dossiers","colonnes":["dossier.numero"],"filtres":[{"colonne":"dossier.commune","operateur":"environ","valeurs":["1"]}]}""")]
    [InlineData("groupement[0]", """{"entite":"dossiers","groupement":["dossier.quartier"],"totaux":[{"fonction":"nombre"}]}""")]
    [InlineData("totaux[0].colonne", """{"entite":"dossiers","groupement":["dossier.prestation"],"totaux":[{"fonction":"somme","colonne":"dossier.nom"}]}""")]
    [InlineData("tri[0].colonne", """{"entite":"dossiers","colonnes":["dossier.numero"],"tri":[{"colonne":"dossier.nom"}]}""")]
    [InlineData("filtres[0]", """{"entite":"dossiers","colonnes":["dossier.numero"],"filtres":[null]}""")]
    [InlineData("totaux[0].fonction", """{"entite":"dossiers","groupement":["dossier.prestation"],"totaux":[null]}""")]
    [InlineData("tri[0].colonne", """{"entite":"dossiers","colonnes":["dossier.numero"],"tri":[null]}""")]
    [InlineData("parPersonne", """{"entite":"ecritures","parPersonne":true,"colonnes":["ecriture.compte"]}""")]
    public async Task Enregistrer_ColonneOuFiltreInconnu_400AuMomentDeLEnregistrement(string champ, string definition)
    {
        using var client = await AdminAsync();
        var corps = $$"""{"nom":"Invalide","partagee":false,"definition":{{definition}}}""";

        var reponse = await client.PostAsync("/api/statistiques/listes", new StringContent(corps, Encoding.UTF8, "application/json"));

        await reponse.AssertFieldErrorsAsync(champ);
    }

    [Fact]
    public async Task Resultat_FormatInconnu400_ListeInconnue404()
    {
        using var client = await AdminAsync();
        await (await client.GetAsync($"/api/statistiques/listes/{DetteSociale}/resultat?format=pdf")).AssertFieldErrorsAsync("format");
        await (await client.GetAsync($"/api/statistiques/listes/{Guid.NewGuid()}/resultat")).AssertProblemAsync(HttpStatusCode.NotFound, "statistiques.liste-introuvable");
    }

    private Task<HttpClient> AdminAsync() => DonneesDemoStatistiques.AdminAvecDonneesAsync(fixture, DonneesListes.ChargerAsync);

    private static object DefinitionSimple() => new { entite = "dossiers", colonnes = new[] { "dossier.numero", "dossier.statut" } };

    private static object Requete(string nom, object definition, bool partagee = false) => new { nom, partagee, definition };

    private static async Task<string> CreerAsync(HttpClient client, string nom, object definition, bool partagee = false)
    {
        var reponse = await client.PostAsJsonAsync("/api/statistiques/listes", Requete(nom, definition, partagee));
        return (await reponse.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    private static async Task<HttpResponseMessage> EnvoyerAsync(HttpClient client, HttpMethod methode, string url, object corps, EntityTagHeaderValue etag)
    {
        var requete = new HttpRequestMessage(methode, url) { Content = JsonContent.Create(corps) };
        requete.Headers.IfMatch.Add(etag);
        return await client.SendAsync(requete);
    }

    private static async Task<JsonElement> Resultat(HttpClient client, string id) =>
        await (await client.GetAsync($"/api/statistiques/listes/{id}/resultat")).JsonAsync();

    private static string[] Codes(JsonElement resultat) =>
        resultat.GetProperty("colonnes").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToArray();

    private static string[] Lignes(JsonElement resultat, params string[] colonnes) =>
        resultat.GetProperty("lignes").EnumerateArray()
            .Select(l => string.Join('|', colonnes.Select(c => l.GetProperty(c) is { ValueKind: JsonValueKind.Number } n
                ? n.GetDecimal().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)
                : l.GetProperty(c).ToString())))
            .ToArray();

    private static async Task<JsonElement> LireXlsxAsync(HttpResponseMessage reponse)
    {
        var chemin = Path.Combine(Path.GetTempPath(), $"liste-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(chemin, await reponse.Content.ReadAsByteArrayAsync());
        try
        {
            return await LecteurIndependant.LireAsync(chemin);
        }
        finally
        {
            File.Delete(chemin);
        }
    }
}

[Trait("Category", "Integration")]
public sealed class ListesApiTestsSqlite(StatistiquesSqliteFixture fixture) : ListesApiTests(fixture), IClassFixture<StatistiquesSqliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ListesApiTestsPostgreSql(StatistiquesPostgreSqlFixture fixture) : ListesApiTests(fixture), IClassFixture<StatistiquesPostgreSqlFixture>;
