using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.IntegrationTests.Dossiers;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Statistiques;

/// <summary>
/// Civil status and nationality travel from the Fiches API (fiche created, then modified) through the Fiches events
/// into the read model, and out as list columns and filters and as template variables of the requérant.
/// </summary>
public abstract class EtatCivilNationaliteApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task ListeDePersonnes_GroupeeParEtatCivilEtNationalite_CompteLesFichesDeFiches()
    {
        var factory = fixture.Factory;
        using var client = await factory.AdminClientAsync();
        var nom = FichesTestData.Marqueur("Etat");
        await FicheAsync(client, nom, "marie", "CH");
        await FicheAsync(client, nom, "marie", "PT");
        var divorcee = await FicheAsync(client, nom, "celibataire", "CH");
        await FicheAsync(client, nom, null, null);
        (await client.SendJsonAsync(HttpMethod.Put, $"/api/fiches/{divorcee}", new
        {
            type = "personne", nom, prenom = "Test", etatCivil = "divorce", nationalite = "CH", categories = new[] { "usager" },
        }, "\"1\"")).EnsureSuccessStatusCode();
        await factory.DrainMessagesAsync();

        var filtreNom = new { colonne = "personne.nom", operateur = "egal", valeurs = new[] { nom } };
        var nombre = new[] { new { fonction = "nombre", libelle = "Personnes" } };
        var parEtatCivil = await ResultatAsync(client, new { entite = "personnes", filtres = new[] { filtreNom }, groupement = new[] { "personne.etatCivil" }, totaux = nombre });
        var parNationalite = await ResultatAsync(client, new { entite = "personnes", filtres = new[] { filtreNom }, groupement = new[] { "personne.nationalite" }, totaux = nombre });
        var suissesMariees = await ResultatAsync(client, new
        {
            entite = "personnes",
            colonnes = new[] { "personne.etatCivil", "personne.nationalite" },
            filtres = new object[]
            {
                filtreNom,
                new { colonne = "personne.nationalite", operateur = "egal", valeurs = new[] { "CH" } },
                new { colonne = "personne.etatCivil", operateur = "dans", valeurs = new[] { "marie", "divorce" } },
            },
            tri = new[] { new { colonne = "personne.etatCivil", ordre = "asc" } },
        });

        Assert.Equivalent(new[] { "divorce|1", "marie|2", "|1" }, Lignes(parEtatCivil));
        Assert.Equivalent(new[] { "CH|2", "PT|1", "|1" }, Lignes(parNationalite));
        Assert.Equal(["divorce|CH", "marie|CH"], Lignes(suissesMariees));
    }

    [Fact]
    public async Task ModeleSurLesDossiers_VariablesDuRequerant_EtatCivilEtNationalite()
    {
        var factory = fixture.Factory;
        using var client = await factory.AdminClientAsync();
        var fiche = await FicheAsync(client, FichesTestData.Marqueur("Requerant"), "partenariatEnregistre", "PT");
        var numero = (await DossiersTestData.DossierAsync(client, "Dossier état civil", (fiche, "requerant"))).GetProperty("numero").GetString();
        await factory.DrainMessagesAsync();
        var code = $"essai-etat-civil-{Guid.NewGuid():N}"[..25];
        (await client.PostAsync("/api/statistiques/modeles", new StringContent(JsonSerializer.Serialize(new
        {
            code,
            libelle = "Requérants par état civil",
            destinataire = "canton",
            typePeriode = "mois",
            population = "dossiers",
            cle = "numero",
            variables = new object[]
            {
                new { code = "numero", libelle = "Numéro", type = "texte", source = "dossier.numero" },
                new { code = "etat_civil", libelle = "État civil", type = "code", source = "requerant.etatCivil" },
                new { code = "nationalite", libelle = "Nationalité", type = "code", source = "requerant.nationalite" },
            },
            format = new { type = "csv", separateur = ";", encodage = "utf-8" },
            regles = Array.Empty<object>(),
        }), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var execution = await (await client.PostAsJsonAsync($"/api/statistiques/modeles/{code}/executions", new { periode = "2026-01" }))
            .JsonAsync(HttpStatusCode.Accepted);
        var id = execution.GetProperty("id").GetGuid();
        await Eventually.AssertAsync(
            async () => (await (await client.GetAsync($"/api/statistiques/executions/{id}")).JsonAsync()).GetProperty("statut").GetString() is "validee" or "echec",
            "exécution terminée", TimeSpan.FromSeconds(60));
        var fichier = await (await client.GetAsync($"/api/statistiques/executions/{id}/fichier")).Content.ReadAsStringAsync();

        Assert.Contains($"{numero};partenariatEnregistre;PT", fichier.Split("\r\n"));
    }

    [Fact]
    public async Task FicheModifiee_SansLesNouvellesProprietes_NEffacePasEtatCivilNiNationalite()
    {
        var factory = fixture.Factory;
        using var client = await factory.AdminClientAsync();
        var nom = FichesTestData.Marqueur("Ancien");
        var fiche = await FicheAsync(client, nom, "veuf", "IT");
        await factory.DrainMessagesAsync();
        // A payload written before the properties existed: they are absent from the JSON.
        var serialiseur = factory.Services.GetRequiredService<IntegrationEventSerializer>();
        var ancien = (FicheModifieeIntegrationEvent)serialiseur.Deserialize("fiches.fiche-modifiee.v1",
            $$"""{"ficheId":"{{fiche}}","nom":"{{nom}}","prenom":"Renommée","dateNaissance":null,"champsModifies":["prenom"],"eventId":"{{Guid.NewGuid()}}","occurredAt":"{{DateTime.UtcNow.AddMinutes(1):O}}"}""");
        Assert.Null(ancien.EtatCivil);
        await DossiersTestData.PublierAsync(factory, "fiches", ancien);
        await factory.DrainMessagesAsync();

        var personne = await ResultatAsync(client, new
        {
            entite = "personnes",
            colonnes = new[] { "personne.prenom", "personne.etatCivil", "personne.nationalite" },
            filtres = new[] { new { colonne = "personne.nom", operateur = "egal", valeurs = new[] { nom } } },
        });

        Assert.Equal(["Renommée|veuf|IT"], Lignes(personne));
    }

    private static async Task<Guid> FicheAsync(HttpClient client, string nom, string? etatCivil, string? nationalite) =>
        await FichesTestData.CreerAsync(client, new { type = "personne", nom, prenom = "Test", etatCivil, nationalite, categories = new[] { "usager" } });

    private static async Task<JsonElement> ResultatAsync(HttpClient client, object definition)
    {
        var liste = await (await client.PostAsJsonAsync("/api/statistiques/listes", new { nom = "État civil", partagee = false, definition }))
            .JsonAsync(HttpStatusCode.Created);
        return await (await client.GetAsync($"/api/statistiques/listes/{liste.GetProperty("id").GetGuid()}/resultat")).JsonAsync();
    }

    private static string[] Lignes(JsonElement resultat)
    {
        var codes = resultat.GetProperty("colonnes").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
        return resultat.GetProperty("lignes").EnumerateArray().Select(l => string.Join('|', codes.Select(c => l.GetProperty(c).ToString()))).ToArray();
    }
}

[Trait("Category", "Integration")]
public sealed class EtatCivilNationaliteApiTestsSqlite(SqliteApiFixture fixture) : EtatCivilNationaliteApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class EtatCivilNationaliteApiTestsPostgreSql(PostgreSqlApiFixture fixture) : EtatCivilNationaliteApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
