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
        var duDossier = await DuDossierAsync(client, dossier);
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

        var seances = await ResultatAsync(client, new { entite = "seances", colonnes = new[] { "seance.date", "seance.heures", "seance.etat", "seance.presence" }, filtres = duDossier });
        var evenements = await ResultatAsync(client, new
        {
            entite = "evenements", parPersonne = true, colonnes = new[] { "evenement.type", "evenement.date", "membre.role", "personne.prenom" }, filtres = duDossier,
        });
        var ecritures = await ResultatAsync(client, new
        {
            entite = "ecritures",
            colonnes = new[] { "ecriture.compte", "ecriture.debit", "ecriture.credit", "ecriture.commune", "personne.prenom" },
            filtres = new[] { new { colonne = "ecriture.libelle", operateur = "egal", valeurs = new[] { "Forfait bout-en-bout" } } },
            tri = new[] { new { colonne = "ecriture.compte", ordre = "desc" } },
        });
        var paiements = await ResultatAsync(client, new
        {
            entite = "paiements", colonnes = new[] { "paiement.date", "paiement.montant", "paiement.ordinaire", "dossier.dernierPaiementOrdinaire" }, filtres = duDossier,
        });

        Assert.Equal(["2026-03-02|2.5|realisee|present"], Lignes(seances));
        Assert.Equal(["ENTREE|2026-03-01|requerant|Test"], Lignes(evenements));
        Assert.Equal(["3630|800|0|5586|Test", "1020|0|800||"], Lignes(ecritures));
        Assert.Equal(["2026-03-05|800|True|2026-03-05"], Lignes(paiements));
    }

    [Fact]
    public async Task Financement_ProduitParDossiers_ColonnesFinancementDansLesListes_DerniereVersionRetenue()
    {
        var factory = fixture.Factory;
        using var client = await factory.AdminClientAsync();
        var (dossier, _) = await DossiersTestData.DossierSimpleAsync(client, "Finance");
        var duDossier = await DuDossierAsync(client, dossier);
        var canton = await DossiersTestData.FicheAsync(client, "Canton", "financeur");
        var fondation = await DossiersTestData.FicheAsync(client, "Fondation", "financeur");
        var nomCanton = (await (await client.GetAsync($"/api/fiches/{canton}")).JsonAsync()).GetProperty("nom").GetString();
        object Financement(decimal heures) => new
        {
            convention = new { reference = "CONV-STAT", du = "2026-01-01", au = "2026-12-31", heuresFinancees = heures },
            financeurPrincipalId = canton, typeFinanceur = "mixte", modeMontant = "taux-horaire", montant = 80m,
            repartition = "pourcentage", partPrincipale = 60m, coFinanceurs = new[] { new { ficheId = fondation, part = 40m } },
        };
        (await client.PutAsJsonAsync($"/api/dossiers/{dossier}/financement", Financement(10m))).EnsureSuccessStatusCode();
        (await client.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossier}/financement", Financement(12m), "\"1\"")).EnsureSuccessStatusCode();
        foreach (var (debut, fin, presence) in new[] { ("2026-03-02T08:00:00Z", "2026-03-02T10:30:00Z", "present"), ("2026-03-09T08:00:00Z", "2026-03-09T09:00:00Z", "absent") })
        {
            var seance = await (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances", new { debut, fin })).JsonAsync(HttpStatusCode.Created);
            (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances/{seance.GetProperty("id").GetGuid()}/emargement", new { presence })).EnsureSuccessStatusCode();
        }

        await factory.DrainMessagesAsync();
        // A late delivery of an older version changes nothing.
        await DossiersTestData.PublierAsync(factory, "dossiers", new Modules.Dossiers.Contracts.IntegrationEvents.FinancementDossierModifieIntegrationEvent(
            dossier, 1, "CONV-ANCIENNE", null, null, 5m, fondation, "public", "total", 100m, null, null, []));

        var heures = await ResultatAsync(client, new
        {
            entite = "seances",
            filtres = duDossier.Append(new { colonne = "seance.presence", operateur = "egal", valeurs = new[] { "present" } }).ToArray(),
            groupement = new[] { "financement.financeur", "financement.convention" },
            totaux = new[]
            {
                new { fonction = "somme", colonne = "seance.heures", libelle = "Heures réalisées" },
                new { fonction = "max", colonne = "financement.heuresFinancees", libelle = "Heures financées" },
                new { fonction = "max", colonne = "financement.montantTotal", libelle = "Montant prévu" },
            },
        });
        var dossiers = await ResultatAsync(client, new
        {
            entite = "dossiers", colonnes = new[] { "financement.modeMontant", "financement.typeFinanceur", "financement.coFinance", "financement.conventionAu" }, filtres = duDossier,
        });

        Assert.Equal([$"Test {nomCanton}|CONV-STAT|2.5|12|960"], Lignes(heures));
        Assert.Equal(["taux-horaire|mixte|True|2026-12-31"], Lignes(dossiers));
        await (await client.PostAsJsonAsync("/api/statistiques/listes", new
        {
            nom = "Personnes financées", partagee = false, definition = new { entite = "personnes", colonnes = new[] { "personne.nom", "financement.financeur" } },
        })).AssertProblemAsync(HttpStatusCode.BadRequest, "statistiques.liste-invalide");
    }

    [Fact]
    public async Task ChampsPersonnalises_ProduitsParDossiers_ColonnesDossierChampDansLesListes()
    {
        var factory = fixture.Factory;
        using var client = await factory.AdminClientAsync();
        var origine = $"orig-{Guid.NewGuid():N}"[..11];
        var heures = $"heur-{Guid.NewGuid():N}"[..11];
        (await client.PostJsonAsync("/api/parametres/champs-personnalises", new { prestation = "WSH", code = origine, libelle = "Origine", type = "liste", options = new[] { "ecole", "medecin" } }))
            .EnsureSuccessStatusCode();
        (await client.PostJsonAsync("/api/parametres/champs-personnalises", new { prestation = "WSH", code = heures, libelle = "Heures", type = "nombre" }))
            .EnsureSuccessStatusCode();
        var (dossier, _) = await DossiersTestData.DossierSimpleAsync(client, "Champs");
        var duDossier = await DuDossierAsync(client, dossier);
        var url = $"/api/dossiers/{dossier}/champs-personnalises";
        (await client.SendJsonAsync(HttpMethod.Put, url, new { valeurs = new Dictionary<string, object> { [origine] = "ecole", [heures] = 20.5m } }, "\"0\"")).EnsureSuccessStatusCode();
        (await client.SendJsonAsync(HttpMethod.Put, url, new { valeurs = new Dictionary<string, object> { [origine] = "medecin" } }, "\"1\"")).EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances", new { debut = "2026-04-01T08:00:00Z", fin = "2026-04-01T09:00:00Z" })).EnsureSuccessStatusCode();
        await factory.DrainMessagesAsync();
        // A late delivery of the first values changes nothing.
        await DossiersTestData.PublierAsync(factory, "dossiers", new Modules.Dossiers.Contracts.IntegrationEvents.ChampsPersonnalisesModifiesIntegrationEvent(
            dossier, 1, [new(origine, "liste", "ecole"), new(heures, "nombre", "20.5")]));

        var valeurs = await ResultatAsync(client, new { entite = "dossiers", colonnes = new[] { $"dossier.champ.{origine}", $"dossier.champ.{heures}" }, filtres = duDossier });
        var parOrigine = await ResultatAsync(client, new
        {
            entite = "seances", groupement = new[] { $"dossier.champ.{origine}" }, totaux = new[] { new { fonction = "nombre", colonne = (string?)null, libelle = "Séances" } },
            filtres = new[] { new { colonne = $"dossier.champ.{origine}", operateur = "egal", valeurs = new[] { "medecin" } } },
        });
        var colonnes = await (await client.GetAsync("/api/statistiques/listes/colonnes?entite=seances")).JsonAsync();

        Assert.Equal(["medecin|"], Lignes(valeurs));
        Assert.Equal(["medecin|1"], Lignes(parOrigine));
        Assert.Contains(colonnes.EnumerateArray(), c => c.GetProperty("code").GetString() == $"dossier.champ.{origine}");
        await (await client.PostAsJsonAsync("/api/statistiques/listes", new
        {
            nom = "Champ mal nommé", partagee = false, definition = new { entite = "dossiers", colonnes = new[] { "dossier.champ.", "dossier.champ.a b" } },
        })).AssertFieldErrorsAsync("colonnes[0]", "colonnes[1]");
    }

    private static async Task<object[]> DuDossierAsync(HttpClient client, Guid dossier)
    {
        var numero = (await (await client.GetAsync($"/api/dossiers/{dossier}")).JsonAsync()).GetProperty("numero").GetString()!;
        return [new { colonne = "dossier.numero", operateur = "egal", valeurs = new[] { numero } }];
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
