using System.Net;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Ged.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal;

/// <summary>Entries and due dates written from other modules' events, delivered through the outbox: one per event and target.</summary>
public abstract class AutomatiquesApiTests(JournalApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task EvenementsDossier_Draines_EntreesAutomatiquesEtEcheancesDemandees()
    {
        var service = await Factory.CreateServiceAsync($"A{Guid.NewGuid():N}"[..10]);
        var (referent, referentId) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _r = referent;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, service, referentId, new DateOnly(2026, 2, 1));
        var evenement = new EvenementDossierEnregistreIntegrationEvent(
            dossier, Guid.NewGuid(), "ABANDON", "Abandon", new DateOnly(2026, 3, 1), "Ne se présente plus.", "Déménagement", "abandonne", true,
            [new EcheanceDemandee(new DateOnly(2026, 3, 15), "Informer le financeur", null)], null);
        var paiement = new PaiementComptabiliseIntegrationEvent(Guid.NewGuid(), dossier, null, new DateOnly(2026, 3, 5), 1250.50m, true, "Forfait d'entretien mars");
        var document = new DocumentAjouteIntegrationEvent(
            Guid.NewGuid(), 1, "Décision AI", "decision", "entrant", [new CibleDocument("dossier", dossier), new CibleDocument("fiche", Guid.NewGuid())], null);

        await DossiersDeTest.PublierAsync(
            Factory, evenement, paiement, document,
            new DossierStatutModifieIntegrationEvent(dossier, "abandonne", "clos", new DateOnly(2026, 4, 1), "Fin de l'aide"));

        var journal = await (await referent.GetAsync($"/api/dossiers/{dossier}/journal?pageSize=50")).JsonAsync();
        var types = journal.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(["cloture", "document", "evenement", "ouverture", "paiement", "transfert"], types.Order().ToList());
        var doc = Assert.Single(journal.GetProperty("items").EnumerateArray(), e => e.GetProperty("type").GetString() == "document");
        Assert.Equal(document.DocumentId, doc.GetProperty("documents")[0].GetGuid());
        Assert.All(journal.GetProperty("items").EnumerateArray(), e => Assert.True(e.GetProperty("automatique").GetBoolean()));
        var paye = journal.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "paiement");
        Assert.Equal("Paiement de CHF 1250.50 : Forfait d'entretien mars.", paye.GetProperty("texte").GetString());
        var echeances = await (await referent.GetAsync($"/api/echeances?dossierId={dossier}")).JsonAsync();
        var echeance = Assert.Single(echeances.GetProperty("items").EnumerateArray());
        Assert.Equal("Informer le financeur", echeance.GetProperty("action").GetString());
        Assert.Equal(referentId, echeance.GetProperty("responsableId").GetGuid());
    }

    [Fact]
    public async Task DossierTransfere_EcheancesOuvertesSuiventLeNouveauReferentEtService()
    {
        var ancienService = await Factory.CreateServiceAsync($"T{Guid.NewGuid():N}"[..10]);
        var nouveauService = await Factory.CreateServiceAsync($"U{Guid.NewGuid():N}"[..10]);
        var (ancien, ancienId) = await Factory.UserClientAsync(Metiers.AssistantSocial, ancienService);
        var (nouveau, nouveauId) = await Factory.UserClientAsync(Metiers.AssistantSocial, nouveauService);
        using var _a = ancien;
        using var _n = nouveau;
        var dossier = await DossiersDeTest.OuvrirAsync(Factory, ancienService, ancienId);
        (await ancien.PostJsonAsync($"/api/dossiers/{dossier}/journal", new
        {
            type = "courrier-sortant", date = "2026-11-02T10:00:00Z", texte = "Demande de pièces.",
            echeance = new { date = "2026-12-01", responsableId = ancienId, action = "Vérifier les pièces reçues" },
        })).EnsureSuccessStatusCode();

        DossiersDeTest.Transferer(dossier, nouveauService);
        await DossiersDeTest.PublierAsync(
            Factory,
            new DossierTransfereIntegrationEvent(dossier, ancienService, nouveauService, ancienId, nouveauId, new DateOnly(2026, 11, 10), "Déménagement à Vevey"),
            new AccesDossierModifieIntegrationEvent(dossier, 2, nouveauService, [], [nouveauId], []));

        var echeance = Assert.Single((await (await nouveau.GetAsync("/api/echeances")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("Vérifier les pièces reçues", echeance.GetProperty("action").GetString());
        Assert.Equal(nouveauService, echeance.GetProperty("serviceId").GetGuid());
        Assert.Equal(0, await JournalDeBordApiTests.TotalAsync(ancien, "/api/echeances"));
        var journal = await (await nouveau.GetAsync($"/api/dossiers/{dossier}/journal?type=transfert")).JsonAsync();
        Assert.Contains(journal.GetProperty("items").EnumerateArray(), e => e.GetProperty("texte").GetString()!.Contains("Vevey", StringComparison.Ordinal));
        await (await ancien.GetAsync($"/api/dossiers/{dossier}/journal")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

[Trait("Category", "Integration")]
public sealed class AutomatiquesApiTestsSqlite(SqliteJournalApiFixture fixture) : AutomatiquesApiTests(fixture), IClassFixture<SqliteJournalApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class AutomatiquesApiTestsPostgreSql(PostgreSqlJournalApiFixture fixture) : AutomatiquesApiTests(fixture), IClassFixture<PostgreSqlJournalApiFixture>;
