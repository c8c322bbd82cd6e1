using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.IntegrationTests.Dossiers;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Statistiques;

/// <summary>
/// The read-model feeds the other tests publish as contract events, here produced by the real modules through their
/// APIs (Dossiers: séance and typed event; Comptabilité: posting and ordinary payment) and read back through the
/// Statistiques lists.
/// </summary>
public abstract class ProducteursBoutEnBoutApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task SeanceEvenementEcritureEtPaiement_ProduitsParLeursModules_ArriventDansLesListes()
    {
        var factory = fixture.Factory;
        using var client = await factory.AdminClientAsync();
        var (dossier, fiche) = await DossiersTestData.DossierSimpleAsync(client, "Bout-en-bout");
        var seance = await (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances", new { debut = "2026-03-02T08:00:00Z", fin = "2026-03-02T10:30:00Z" }))
            .JsonAsync(HttpStatusCode.Created);
        (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances/{seance.GetProperty("id").GetGuid()}/emargement", new { presence = "present" })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{dossier}/evenements", new { type = "ENTREE", date = "2026-03-01" })).EnsureSuccessStatusCode();
        await factory.DrainMessagesAsync();
        (await client.PostJsonAsync("/api/comptabilite/ecritures", new
        {
            date = "2026-03-05", libelle = "Forfait bout-en-bout", ordinaire = true,
            lignes = new object[]
            {
                new { compte = "3630", debit = 800m, ficheId = fiche, dossierId = dossier, communeDomicile = 5586, prestation = "WSH" },
                new { compte = "1020", credit = 800m },
            },
        })).EnsureSuccessStatusCode();
        await factory.DrainMessagesAsync();

        var seances = await ResultatAsync(client, new { entite = "seances", colonnes = new[] { "seance.date", "seance.heures", "seance.etat", "seance.presence" } });
        var evenements = await ResultatAsync(client, new { entite = "evenements", parPersonne = true, colonnes = new[] { "evenement.type", "evenement.date", "membre.role", "personne.prenom" } });
        var ecritures = await ResultatAsync(client, new
        {
            entite = "ecritures",
            colonnes = new[] { "ecriture.compte", "ecriture.debit", "ecriture.credit", "ecriture.commune", "personne.prenom" },
            filtres = new[] { new { colonne = "ecriture.libelle", operateur = "egal", valeurs = new[] { "Forfait bout-en-bout" } } },
            tri = new[] { new { colonne = "ecriture.compte", ordre = "desc" } },
        });
        var paiements = await ResultatAsync(client, new { entite = "paiements", colonnes = new[] { "paiement.date", "paiement.montant", "paiement.ordinaire", "dossier.dernierPaiementOrdinaire" } });

        Assert.Equal(["2026-03-02|2.5|realisee|present"], Lignes(seances));
        Assert.Equal(["ENTREE|2026-03-01|requerant|Test"], Lignes(evenements));
        Assert.Equal(["3630|800|0|5586|Test", "1020|0|800||"], Lignes(ecritures));
        Assert.Equal(["2026-03-05|800|True|2026-03-05"], Lignes(paiements));
    }

    private static async Task<JsonElement> ResultatAsync(HttpClient client, object definition)
    {
        var liste = await (await client.PostAsJsonAsync("/api/statistiques/listes", new { nom = "Bout en bout", partagee = false, definition }))
            .JsonAsync(HttpStatusCode.Created);
        return await (await client.GetAsync($"/api/statistiques/listes/{liste.GetProperty("id").GetGuid()}/resultat")).JsonAsync();
    }

    private static string[] Lignes(JsonElement resultat)
    {
        var codes = resultat.GetProperty("colonnes").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
        return resultat.GetProperty("lignes").EnumerateArray()
            .Select(l => string.Join('|', codes.Select(c => l.GetProperty(c) is { ValueKind: JsonValueKind.Number } n
                ? n.GetDecimal().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)
                : l.GetProperty(c).ToString())))
            .ToArray();
    }
}

[Trait("Category", "Integration")]
public sealed class ProducteursBoutEnBoutApiTestsSqlite(SqliteApiFixture fixture) : ProducteursBoutEnBoutApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ProducteursBoutEnBoutApiTestsPostgreSql(PostgreSqlApiFixture fixture) : ProducteursBoutEnBoutApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
