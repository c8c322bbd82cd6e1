using System.Net;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Ged.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>
/// Entries and due dates written from other modules' events, delivered through the outbox: one per event and target.
/// Dossiers are opened, closed and transferred through the Dossiers API; events of modules not built yet (recorded
/// dossier events, payments, documents) are published through those modules' outboxes.
/// </summary>
public abstract class AutomatiquesApiTests(ApiFixture fixture)
{
    private SocialErp.TestKit.SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task EvenementsDesModules_Draines_EntreesAutomatiquesEtEcheancesDemandees()
    {
        var service = await Factory.CreateServiceAsync($"A{Guid.NewGuid():N}"[..10]);
        var (referent, referentId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _r = referent;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, referent, new DateOnly(2026, 2, 1));
        var document = new DocumentAjouteIntegrationEvent(
            Guid.NewGuid(), 1, "Décision AI", "decision", "entrant", [new CibleDocument("dossier", dossier), new CibleDocument("fiche", Guid.NewGuid())], null);

        await DossiersDeTest.PublierAsync(Factory, "dossiers", new EvenementDossierEnregistreIntegrationEvent(
            dossier, Guid.NewGuid(), "ABANDON", "Abandon", new DateOnly(2026, 3, 1), "Ne se présente plus.", "Déménagement", "abandonne", true,
            [new EcheanceDemandee(new DateOnly(2026, 3, 15), "Informer le financeur", null)], null));
        await DossiersDeTest.PublierAsync(Factory, "comptabilite",
            new PaiementComptabiliseIntegrationEvent(Guid.NewGuid(), dossier, null, new DateOnly(2026, 3, 5), 1250.50m, true, "Forfait d'entretien mars"));
        await DossiersDeTest.PublierAsync(Factory, "ged", document);
        (await referent.PostJsonAsync($"/api/dossiers/{dossier}/cloture", new { date = "2026-04-01", motif = "Fin de l'aide" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        var journal = await (await referent.GetAsync($"/api/dossiers/{dossier}/journal?pageSize=50")).JsonAsync();
        var items = journal.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["cloture", "document", "evenement", "ouverture", "paiement"], items.Select(e => e.GetProperty("type").GetString()).Order().ToList());
        Assert.All(items, e => Assert.True(e.GetProperty("automatique").GetBoolean()));
        Assert.Equal(document.DocumentId, items.Single(e => e.GetProperty("type").GetString() == "document").GetProperty("documents")[0].GetGuid());
        Assert.Equal("Paiement de CHF 1250.50 : Forfait d'entretien mars.", items.Single(e => e.GetProperty("type").GetString() == "paiement").GetProperty("texte").GetString());
        Assert.Contains("Fin de l'aide", items.Single(e => e.GetProperty("type").GetString() == "cloture").GetProperty("texte").GetString(), StringComparison.Ordinal);
        var echeance = Assert.Single((await (await referent.GetAsync($"/api/echeances?dossierId={dossier}")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("Informer le financeur", echeance.GetProperty("action").GetString());
        Assert.Equal(referentId, echeance.GetProperty("responsableId").GetGuid());
        Assert.Equal(service, echeance.GetProperty("serviceId").GetGuid());
    }

    [Fact]
    public async Task EntreeAutomatique_TraceeParSonEvenement_PasAuditeeUneSecondeFois_EntreeDUnUtilisateurAuditee()
    {
        var service = await Factory.CreateServiceAsync($"M{Guid.NewGuid():N}"[..10]);
        var (referent, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (direction, _) = await Factory.UserClientAsync(Metiers.Direction, service);
        using var _r = referent;
        using var _d = direction;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, referent, new DateOnly(2026, 2, 1));
        var paiement = new PaiementComptabiliseIntegrationEvent(Guid.NewGuid(), dossier, null, new DateOnly(2026, 3, 5), 980m, true, "Forfait d'entretien");
        await DossiersDeTest.PublierAsync(Factory, "comptabilite", paiement);
        var note = await JournalDeBordApiTests.EcrireAsync(referent, dossier, "commentaire", "2026-03-06T10:00:00Z", "Note écrite à la main.");
        await Factory.DrainMessagesAsync();

        var entrees = (await (await referent.GetAsync($"/api/dossiers/{dossier}/journal?type=paiement")).JsonAsync()).GetProperty("items");
        var automatique = Assert.Single(entrees.EnumerateArray()).GetProperty("id").GetGuid();
        Assert.Equal(0, await JournalDeBordApiTests.TotalAsync(direction, $"/api/mutations?module=journal&entite=EntreeJournal&entiteId={automatique}"));
        Assert.Equal(1, await JournalDeBordApiTests.TotalAsync(
            direction, $"/api/mutations?module=journal&entite=EntreeJournal&entiteId={note}&operation=creation"));
    }

    [Fact]
    public async Task DossierTransfereParLAPI_JournalSuit_EcheancesOuvertesVontAuNouveauReferentEtService()
    {
        var ancienService = await Factory.CreateServiceAsync($"T{Guid.NewGuid():N}"[..10]);
        var nouveauService = await Factory.CreateServiceAsync($"U{Guid.NewGuid():N}"[..10]);
        var (ancien, ancienId) = await Factory.UserClientAsync(Metiers.AssistantSocial, ancienService);
        var (nouveau, nouveauId) = await Factory.UserClientAsync(Metiers.AssistantSocial, nouveauService);
        using var _a = ancien;
        using var _n = nouveau;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, ancien);
        (await ancien.PostJsonAsync($"/api/dossiers/{dossier}/journal", new
        {
            type = "courrier-sortant", date = "2026-11-02T10:00:00Z", texte = "Demande de pièces.",
            echeance = new { date = "2026-12-01", responsableId = ancienId, action = "Vérifier les pièces reçues" },
        })).EnsureSuccessStatusCode();
        await (await ancien.PostJsonAsync($"/api/dossiers/{dossier}/transmissions", new { destinataireId = nouveauId, message = "Avant transfert" }))
            .AssertFieldErrorsAsync("responsableId");

        (await ancien.PostJsonAsync($"/api/dossiers/{dossier}/transferts", new
        {
            serviceId = nouveauService, referentId = nouveauId, date = "2026-11-10", message = "Déménagement à Vevey",
        })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        var echeance = Assert.Single((await (await nouveau.GetAsync("/api/echeances")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("Vérifier les pièces reçues", echeance.GetProperty("action").GetString());
        Assert.Equal(nouveauService, echeance.GetProperty("serviceId").GetGuid());
        Assert.Equal(0, await JournalDeBordApiTests.TotalAsync(ancien, "/api/echeances"));
        var journal = await (await nouveau.GetAsync($"/api/dossiers/{dossier}/journal")).JsonAsync();
        Assert.Equal(3, journal.GetProperty("total").GetInt32());
        Assert.Contains(journal.GetProperty("items").EnumerateArray(), e => e.GetProperty("type").GetString() == "transfert"
            && e.GetProperty("texte").GetString()!.Contains("Vevey", StringComparison.Ordinal));
        await (await ancien.GetAsync($"/api/dossiers/{dossier}/journal")).AssertProblemAsync(HttpStatusCode.NotFound);
        var transmission = await (await nouveau.PostJsonAsync($"/api/dossiers/{dossier}/transmissions", new { destinataireId = nouveauId, message = "Pour moi" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("transmission", transmission.GetProperty("type").GetString());
    }
}

[Trait("Category", "Integration")]
public sealed class AutomatiquesApiTestsSqlite(SqliteApiFixture fixture) : AutomatiquesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class AutomatiquesApiTestsPostgreSql(PostgreSqlApiFixture fixture) : AutomatiquesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
