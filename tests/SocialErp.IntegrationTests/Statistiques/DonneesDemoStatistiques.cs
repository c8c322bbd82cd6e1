using System.Net.Http.Json;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Statistiques;

/// <summary>
/// A small, fixed caseload for 2019 (persons through the Fiches API, dossiers and postings through the Dossiers and
/// Comptabilité contracts), with three seeded errors the plausibility rules must catch: a household with two
/// requérants (D-2019-003), a month whose payments differ from the debits (D-2019-002), a dossier without commune
/// (D-2019-004). Every dossier closes in 2019, so other tests' data never reaches these periods.
/// </summary>
internal static class DonneesDemoStatistiques
{
    private static readonly SemaphoreSlim Chargement = new(1, 1);
    private static readonly HashSet<ApiFixture> Charges = [];

    /// <summary>An admin client on this fixture's host, the data (and the test class's complement) loaded once per fixture.</summary>
    public static async Task<HttpClient> AdminAvecDonneesAsync(ApiFixture fixture, Func<SocialErpApiFactory, HttpClient, Task>? complement = null)
    {
        var client = await fixture.Factory.AdminClientAsync();
        await Chargement.WaitAsync();
        try
        {
            if (Charges.Add(fixture))
            {
                await ChargerAsync(fixture.Factory, client);
                if (complement is not null)
                {
                    await complement(fixture.Factory, client);
                }
            }
        }
        finally
        {
            Chargement.Release();
        }

        return client;
    }

    public static async Task ChargerAsync(SocialErpApiFactory factory, HttpClient client)
    {
        var anne = await Fiche(client, "Favre", "Anne", "1980-03-15");
        var louis = await Fiche(client, "Favre", "Louis", "2012-07-01");
        var marc = await Fiche(client, "Rochat", "Marc", "1961-11-30");
        var lea = await Fiche(client, "Zbinden", "Léa", "1995-01-20");
        var paul = await Fiche(client, "Zbinden", "Paul", "1993-05-05");
        var nina = await Fiche(client, "Keller", "Nina", "2000-09-09");

        var (d1, d2, d3, d4) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var debut = new DateOnly(2019, 1, 1);
        await EvenementsContrat.PublierAsync(factory, "dossiers",
            new DossierOuvertIntegrationEvent(d1, "D-2019-001", "Favre", "WSH", 5586, null, debut, [new MembreDossier(anne, "requerant"), new MembreDossier(louis, "enfant")]),
            new DossierOuvertIntegrationEvent(d2, "D-2019-002", "Rochat", "WSH", 5591, null, new DateOnly(2019, 10, 1), [new MembreDossier(marc, "requerant")]),
            new DossierOuvertIntegrationEvent(d3, "D-2019-003", "Zbinden", "ALBV", 5586, null, debut, [new MembreDossier(lea, "requerant"), new MembreDossier(paul, "requerant")]),
            new DossierOuvertIntegrationEvent(d4, "D-2019-004", "Keller", "WSH", null, null, debut, [new MembreDossier(nina, "requerant")]),
            new DossierStatutModifieIntegrationEvent(d1, "ouvert", "clos", new DateOnly(2019, 10, 31), "six-mois"),
            new DossierStatutModifieIntegrationEvent(d2, "ouvert", "termine", new DateOnly(2019, 12, 31), "autonomie"),
            new DossierStatutModifieIntegrationEvent(d3, "ouvert", "clos", new DateOnly(2019, 12, 31), "demenagement"),
            new DossierStatutModifieIntegrationEvent(d4, "ouvert", "abandonne", new DateOnly(2019, 12, 31), null),
            Seance(d1, new DateTime(2019, 10, 7, 9, 0, 0, DateTimeKind.Utc), 1.5m, "realisee"),
            Seance(d1, new DateTime(2019, 10, 21, 9, 0, 0, DateTimeKind.Utc), 1m, "annulee"),
            Seance(d2, new DateTime(2019, 11, 4, 14, 0, 0, DateTimeKind.Utc), 2m, "realisee"));
        await EvenementsContrat.PublierAsync(factory, "comptabilite",
            Paiement(d1, anne, new DateOnly(2019, 4, 25), 1500m, true),
            Paiement(d1, anne, new DateOnly(2019, 10, 10), 300m, false),
            Paiement(d2, marc, new DateOnly(2019, 10, 25), 900m, true),
            Paiement(d3, lea, new DateOnly(2019, 10, 25), 700m, true),
            Paiement(d4, nina, new DateOnly(2019, 10, 25), 400m, true),
            Ecriture(d1, anne, 5586, "WSH", "entretien", "2019-10", 300m, 0m),
            Ecriture(d2, marc, 5591, "WSH", "entretien", "2019-10", 850m, 0m),
            Ecriture(d2, marc, 5591, "WSH", "loyer", "2019-11", 1200m, 0m),
            Ecriture(d3, lea, 5586, "ALBV", "avance-pension", "2019-10", 700m, 0m),
            Ecriture(d3, lea, 5586, "ALBV", "avance-pension", "2019-12", 0m, 250m),
            Ecriture(d4, nina, null, "WSH", "entretien", "2019-10", 400m, 0m));
    }

    public static async Task<Guid> Fiche(HttpClient client, string nom, string prenom, string naissance)
    {
        var reponse = await client.PostAsJsonAsync("/api/fiches", new { type = "personne", nom, prenom, dateNaissance = naissance});
        return (await reponse.JsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static SeanceModifieeIntegrationEvent Seance(Guid dossier, DateTime debut, decimal heures, string etat) =>
        new(Guid.NewGuid(), dossier, debut, debut.AddHours((double)heures), heures, etat, etat == "realisee" ? "present" : null);

    private static PaiementComptabiliseIntegrationEvent Paiement(Guid dossier, Guid fiche, DateOnly date, decimal montant, bool ordinaire) =>
        new(Guid.NewGuid(), dossier, fiche, date, montant, ordinaire, ordinaire ? "Forfait d'entretien" : "Frais");

    private static EcriturePasseeIntegrationEvent Ecriture(Guid dossier, Guid fiche, int? commune, string prestation, string type, string periode, decimal debit, decimal credit) =>
        new(Guid.NewGuid(), DateOnly.ParseExact(periode + "-20", "yyyy-MM-dd"), periode, $"{type} {periode}", null,
        [
            new LigneEcritureComptable("3100", "charge", debit, credit, fiche, dossier, dossier, commune, prestation, type, null),
            new LigneEcritureComptable("1020", "banque", credit, debit, null, null, null, null, null, null, null),
        ]);
}
