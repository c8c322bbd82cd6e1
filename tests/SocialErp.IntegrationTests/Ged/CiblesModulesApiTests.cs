using System.Net;
using System.Text.Json;
using SocialErp.IntegrationTests.Comptabilite;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Ged.GedTestSupport;

namespace SocialErp.IntegrationTests.Ged;

/// <summary>
/// Documents on the targets other modules own: accounting entries and invoices (Comptabilité), journal entries
/// (Journal), sessions (Dossiers). Each owner answers who sees its target; the GED attaches, lists and serves a
/// document only to them, and an unknown and an invisible target get the same 404.
/// </summary>
public abstract class CiblesModulesApiTests(GedApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Ecriture_PieceJustificative_SeenByWhoeverSeesTheEntryOnly()
    {
        var equipe = await EquipeAsync();
        using var _ = equipe;
        var fiche = await CreerFicheAsync(equipe.Assistant, "GedEcriture");
        var ecriture = (await ComptaTestKit.VerserAsync(equipe.Comptable, fiche, new DateOnly(2026, 2, 10), 120m)).GetProperty("id").GetGuid();

        var document = await DeposerSurAsync(equipe.Comptable, "ecriture", ecriture, "Quittance de loyer");

        await AssertListeAsync(equipe.Comptable, "ecriture", ecriture, "Quittance de loyer");
        Assert.Equal(HttpStatusCode.OK, (await equipe.Direction.GetAsync($"/api/documents/{document}/contenu")).StatusCode);
        await AssertInvisibleAsync(equipe.ComptableAilleurs, "ecriture", ecriture, document);
        await AssertInvisibleAsync(equipe.Administratif, "ecriture", ecriture, document);
        await (await equipe.Comptable.PostAsync("/api/documents", Formulaire(Texte("x"), "x.pdf", "ecriture", Guid.NewGuid())))
            .AssertProblemAsync(HttpStatusCode.NotFound, "ged.cible-introuvable");
    }

    [Fact]
    public async Task Facture_DebiteurEtFournisseur_SeenByWhoeverSeesTheDebtorOrADossierOfTheSplit()
    {
        var equipe = await EquipeAsync();
        using var _ = equipe;
        var debiteur = await FacturationTestKit.DebiteurAvecAdresseAsync(equipe.Assistant, "GedDebiteur", "Test");
        var factureDebiteur = FacturationTestKit.Id(await FacturationTestKit.FactureAsync(equipe.Comptable, debiteur, "beneficiaire", 80m));
        var requerant = await FacturationTestKit.FicheAsync(equipe.Assistant, "GedFournisseur", "Test", "usager");
        var dossier = await FacturationTestKit.DossierAsync(equipe.Assistant, requerant);
        var factureFournisseur = FacturationTestKit.Id(await (await equipe.Comptable.PostJsonAsync("/api/comptabilite/factures-fournisseurs", new
        {
            qr = PaiementsTestKit.ExempleQr, numeroFacture = "F-GED-1", dateFacture = "2026-02-10", echeance = "2026-03-12",
            repartitions = new[] { new { dossierId = dossier, ficheId = requerant, montant = 1949.75m, compte = "3633" } },
        })).JsonAsync(HttpStatusCode.Created));

        var rappel = await DeposerSurAsync(equipe.Comptable, "facture", factureDebiteur, "Courrier du débiteur");
        var scan = await DeposerSurAsync(equipe.Comptable, "facture", factureFournisseur, "Facture de la régie (scan)");

        await AssertListeAsync(equipe.Comptable, "facture", factureDebiteur, "Courrier du débiteur");
        await AssertListeAsync(equipe.Comptable, "facture", factureFournisseur, "Facture de la régie (scan)");
        await AssertInvisibleAsync(equipe.ComptableAilleurs, "facture", factureDebiteur, rappel);
        await AssertInvisibleAsync(equipe.ComptableAilleurs, "facture", factureFournisseur, scan);
        await AssertInvisibleAsync(equipe.Administratif, "facture", factureFournisseur, scan);
    }

    [Fact]
    public async Task EntreeJournal_Document_FollowsTheEntrysTargetAndConfidentiality()
    {
        var equipe = await EquipeAsync();
        using var _ = equipe;
        var (dossier, _) = await Dossiers.DossiersTestData.DossierSimpleAsync(equipe.Assistant, "GedJournal");
        var entree = await EcrireAsync(equipe.Assistant, dossier, new { type = "entretien", date = "2026-03-02T09:00:00Z", texte = "Entretien : certificat remis." });
        var reservee = await EcrireAsync(equipe.Assistant, dossier, new { type = "entretien", date = "2026-03-02T10:00:00Z", texte = "Entre assistants.", confidentialite = "metier" });

        var certificat = await DeposerSurAsync(equipe.Assistant, "entree-journal", entree, "Certificat médical");
        var note = await DeposerSurAsync(equipe.Assistant, "entree-journal", reservee, "Note d'entretien");

        await AssertListeAsync(equipe.Assistant, "entree-journal", entree, "Certificat médical");
        Assert.Equal(HttpStatusCode.OK, (await equipe.Administratif.GetAsync($"/api/documents/{certificat}/contenu")).StatusCode);
        await AssertInvisibleAsync(equipe.AssistantAilleurs, "entree-journal", entree, certificat);
        await AssertInvisibleAsync(equipe.Administratif, "entree-journal", reservee, note);
        await (await equipe.Assistant.PostAsync("/api/documents", Formulaire(Texte("x"), "x.pdf", "entree-journal", Guid.NewGuid())))
            .AssertProblemAsync(HttpStatusCode.NotFound, "ged.cible-introuvable");
    }

    [Fact]
    public async Task Seance_FeuilleDePresence_SeenByWhoeverSeesTheDossier()
    {
        var equipe = await EquipeAsync();
        using var _ = equipe;
        var (dossier, _) = await Dossiers.DossiersTestData.DossierSimpleAsync(equipe.Assistant, "GedSeance");
        var seance = (await (await equipe.Assistant.PostJsonAsync($"/api/dossiers/{dossier}/seances",
            new { debut = "2026-03-02T08:00:00Z", fin = "2026-03-02T10:00:00Z", intitule = "Atelier CV" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var feuille = await DeposerSurAsync(equipe.Assistant, "seance", seance, "Feuille de présence");

        await AssertListeAsync(equipe.Assistant, "seance", seance, "Feuille de présence");
        Assert.Equal(HttpStatusCode.OK, (await equipe.Direction.GetAsync($"/api/documents/{feuille}/contenu")).StatusCode);
        await AssertInvisibleAsync(equipe.AssistantAilleurs, "seance", seance, feuille);
        await (await equipe.Assistant.PostAsync("/api/documents", Formulaire(Texte("x"), "x.pdf", "seance", dossier)))
            .AssertProblemAsync(HttpStatusCode.NotFound, "ged.cible-introuvable");
    }

    private async Task<Equipe> EquipeAsync()
    {
        var service = await Factory.CreateServiceAsync($"G{Guid.NewGuid():N}"[..10]);
        var ailleurs = await Factory.CreateServiceAsync($"A{Guid.NewGuid():N}"[..10]);
        return new Equipe(
            (await Factory.UserClientAsync(Metiers.AssistantSocial, service)).Client,
            (await Factory.UserClientAsync(Metiers.Comptable, service)).Client,
            (await Factory.UserClientAsync(Metiers.Administratif, service)).Client,
            (await Factory.UserClientAsync(Metiers.Direction)).Client,
            (await Factory.UserClientAsync(Metiers.AssistantSocial, ailleurs)).Client,
            (await Factory.UserClientAsync(Metiers.Comptable, ailleurs)).Client);
    }

    private static async Task<Guid> DeposerSurAsync(HttpClient client, string cibleType, Guid cibleId, string titre) =>
        (await (await client.PostAsync("/api/documents", Formulaire(Texte($"{titre} {Guid.NewGuid()}"), "piece.pdf", cibleType, cibleId, titre, "piece-justificative")))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> EcrireAsync(HttpClient client, Guid dossier, object entree) =>
        (await (await client.PostJsonAsync($"/api/dossiers/{dossier}/journal", entree)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task AssertListeAsync(HttpClient client, string cibleType, Guid cibleId, params string[] titres)
    {
        var liste = await (await client.GetAsync($"/api/documents?cibleType={cibleType}&cibleId={cibleId}")).JsonAsync();
        Assert.Equal(titres, liste.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("titre").GetString()));
    }

    /// <summary>Someone who may not see the target can neither attach to it, nor list it, nor read its document.</summary>
    private static async Task AssertInvisibleAsync(HttpClient client, string cibleType, Guid cibleId, Guid document)
    {
        await (await client.PostAsync("/api/documents", Formulaire(Texte("x"), "x.pdf", cibleType, cibleId))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/documents?cibleType={cibleType}&cibleId={cibleId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/documents/{document}/contenu")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>A service's assistant social, comptable and administratif, the direction, and an assistant and a comptable of another service.</summary>
    private sealed record Equipe(
        HttpClient Assistant, HttpClient Comptable, HttpClient Administratif, HttpClient Direction, HttpClient AssistantAilleurs, HttpClient ComptableAilleurs)
        : IDisposable
    {
        public void Dispose()
        {
            foreach (var client in new[] { Assistant, Comptable, Administratif, Direction, AssistantAilleurs, ComptableAilleurs })
            {
                client.Dispose();
            }
        }
    }
}

[Trait("Category", "Integration")]
public sealed class CiblesModulesApiTestsSqlite(SqliteGedApiFixture fixture) : CiblesModulesApiTests(fixture), IClassFixture<SqliteGedApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class CiblesModulesApiTestsPostgreSql(PostgreSqlGedApiFixture fixture) : CiblesModulesApiTests(fixture), IClassFixture<PostgreSqlGedApiFixture>;
