using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Ged.GedTestSupport;

namespace SocialErp.IntegrationTests.Ged;

/// <summary>DOCX templates and mail merge: field checks, missing fields, one document per recipient, refusals.</summary>
public abstract class PublipostageApiTests(GedApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task DeposerModele_ChampsMalFormesOuInconnus_Returns400ListingThem()
    {
        using var admin = await Factory.AdminClientAsync();
        var docx = DocxDeTest.Construire("Bonjour {fiche.nom}", "{fiche.pointure}", "{Nom Complet}");

        var problem = await (await admin.PostAsync("/api/modeles", Modele(docx, Code()))).AssertFieldErrorsAsync("fichier");

        var messages = problem.GetProperty("errors").GetProperty("fichier").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains("fiche.pointure", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.Contains("Nom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeposerModele_PasUnDocxOuSansDroit_Returns415Or403()
    {
        using var admin = await Factory.AdminClientAsync();
        await (await admin.PostAsync("/api/modeles", Modele(DocumentsApiTests.DemoPdf("modele"), Code()))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await admin.PostAsync("/api/modeles", Modele(DocxDeTest.Construire("Sans champ"), Code()))).AssertFieldErrorsAsync("fichier");
        await (await admin.PostAsync("/api/modeles", Modele(DocxDeTest.Construire("{fiche.nom}"), "Code Invalide"))).AssertFieldErrorsAsync("code");

        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial);
        using var _a = assistant;
        Assert.Equal(HttpStatusCode.Forbidden, (await assistant.PostAsync("/api/modeles", Modele(DocxDeTest.Construire("{fiche.nom}"), Code()))).StatusCode);
    }

    [Fact]
    public async Task DeposerModele_MemeCode_ReplacesTheTemplate()
    {
        using var admin = await Factory.AdminClientAsync();
        var code = Code();

        var cree = await (await admin.PostAsync("/api/modeles", Modele(DocxDeTest.Construire("{fiche.nom}"), code))).JsonAsync(HttpStatusCode.Created);
        var remplace = await (await admin.PostAsync("/api/modeles", Modele(DocxDeTest.Construire("{fiche.prenom} {fiche.nom}"), code))).JsonAsync();

        Assert.Equal(cree.GetProperty("id").GetGuid(), remplace.GetProperty("id").GetGuid());
        Assert.Equal(["fiche.prenom", "fiche.nom"], remplace.GetProperty("champs").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains((await (await admin.GetAsync("/api/modeles")).JsonAsync()).EnumerateArray(), m => m.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task Publipostage_FichesAvecChampsManquants_RefusedThenProducedOnePerFicheWhenAccepted()
    {
        using var admin = await Factory.AdminClientAsync();
        var complete = await CreerFicheAsync(admin, "Rochat", "1984-06-02");
        var incomplete = await CreerFicheAsync(admin, "Berisha");
        var modele = await (await admin.PostAsync("/api/modeles", Modele(
            DocxDeTest.Construire("{fiche.civilite} {fiche.nomComplet}", "Née le {fiche.dateNaissance}", "Loyer : {budget.loyer}", "Le {date.jour}"),
            Code()))).JsonAsync(HttpStatusCode.Created);
        var url = $"/api/modeles/{modele.GetProperty("id").GetGuid()}/publipostage";

        var refus = await (await admin.PostAsJsonAsync(url, new { ficheIds = new[] { complete, incomplete } })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "ged.champs-manquants");
        Assert.Equal(["budget.loyer"], refus.GetProperty("errors").GetProperty(complete.ToString()).EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["fiche.dateNaissance", "budget.loyer"], refus.GetProperty("errors").GetProperty(incomplete.ToString()).EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, await TotalAsync(admin, complete));

        var produits = await (await admin.PostAsJsonAsync(url, new { ficheIds = new[] { complete, incomplete }, accepterChampsManquants = true })).JsonAsync(HttpStatusCode.Created);

        var documents = produits.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        var pourComplete = documents.Single(d => d.GetProperty("cibles")[0].GetProperty("cibleId").GetGuid() == complete);
        Assert.Equal("produit", pourComplete.GetProperty("direction").GetString());
        Assert.Equal(["budget.loyer"], pourComplete.GetProperty("champsManquants").EnumerateArray().Select(c => c.GetString()));
        var docx = await (await admin.GetAsync($"/api/documents/{pourComplete.GetProperty("id").GetGuid()}/contenu")).Content.ReadAsByteArrayAsync();
        var texte = DocxDeTest.TexteDe(docx);
        Assert.Contains("Madame Test Rochat", texte, StringComparison.Ordinal);
        Assert.Contains("Née le 2 juin 1984", texte, StringComparison.Ordinal);
        Assert.Contains("« champ manquant : budget.loyer »", texte, StringComparison.Ordinal);
        Assert.Equal(1, await TotalAsync(admin, complete));
        Assert.Equal(1, await TotalAsync(admin, incomplete));
        var outbox = Sql.Table(Factory.Database, "ged", "outbox_message");
        Assert.Equal(2, await Sql.ScalarAsync(Factory.Database,
            $"select count(*) from {outbox} where type = 'ged.document-genere.v1' and payload like '%{modele.GetProperty("id").GetGuid()}%'"));
        if (LibreOffice.Executable is not null)
        {
            var pdf = await LibreOffice.EnPdfAsync(docx);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Publipostage_Dossier_OneDocumentOnTheDossierWithItsDataAndAllocationUnit()
    {
        var service = await Factory.CreateServiceAsync($"M{Guid.NewGuid():N}"[..10]);
        var autre = await Factory.CreateServiceAsync($"N{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (etranger, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, autre);
        using var _a = assistant;
        using var _e = etranger;
        using var admin = await Factory.AdminClientAsync();
        var requerant = await Dossiers.DossiersTestData.FicheAsync(assistant, "Requerant");
        var enfant = await Dossiers.DossiersTestData.FicheAsync(assistant, "Enfant");
        var dossier = await Dossiers.DossiersTestData.DossierAsync(assistant, "FAMILLE Publipostage", (requerant, "requerant"), (enfant, "enfant"));
        var dossierId = dossier.GetProperty("id").GetGuid();
        var modele = await (await admin.PostAsync("/api/modeles", Modele(
            DocxDeTest.Construire("Dossier {dossier.numero} – {dossier.nom} ({dossier.prestation})", "Pour {fiche.nomComplet}", "Membres :", "{ua.membres}"),
            Code()))).JsonAsync(HttpStatusCode.Created);
        var url = $"/api/modeles/{modele.GetProperty("id").GetGuid()}/publipostage";

        await (await etranger.PostAsJsonAsync(url, new { dossierId })).AssertProblemAsync(HttpStatusCode.NotFound, "ged.dossier-introuvable");
        var produit = await (await assistant.PostAsJsonAsync(url, new { dossierId })).JsonAsync(HttpStatusCode.Created);

        var document = Assert.Single(produit.GetProperty("documents").EnumerateArray());
        Assert.Equal(("dossier", dossierId), (document.GetProperty("cibles")[0].GetProperty("cibleType").GetString(), document.GetProperty("cibles")[0].GetProperty("cibleId").GetGuid()));
        Assert.Empty(document.GetProperty("champsManquants").EnumerateArray());
        var texte = DocxDeTest.TexteDe(await (await assistant.GetAsync($"/api/documents/{document.GetProperty("id").GetGuid()}/contenu")).Content.ReadAsByteArrayAsync());
        Assert.Contains($"Dossier {dossier.GetProperty("numero").GetString()} – FAMILLE Publipostage (WSH)", texte, StringComparison.Ordinal);
        Assert.Contains("Pour Test Requerant", texte, StringComparison.Ordinal);
        Assert.Contains("(requerant)", texte, StringComparison.Ordinal);
        Assert.Contains("(enfant)", texte, StringComparison.Ordinal);
        Assert.Equal(1, (await (await assistant.GetAsync($"/api/documents?cibleType=dossier&cibleId={dossierId}")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Publipostage_DossierAvecBudget_ChampsBudgetRemplisDepuisLaComptabilite()
    {
        var service = await Factory.CreateServiceAsync($"B{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        using var admin = await Factory.AdminClientAsync();
        var requerant = await Dossiers.DossiersTestData.FicheAsync(assistant, "Budgetee");
        var dossier = await Dossiers.DossiersTestData.DossierAsync(assistant, "FAMILLE Budget", (requerant, "requerant"));
        var dossierId = dossier.GetProperty("id").GetGuid();
        var aujourdhui = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await assistant.PostAsJsonAsync("/api/comptabilite/budgets", new
        {
            dossierId, genre = "allocation", libelle = "Aide sociale", du = aujourdhui,
            lignes = new[]
            {
                Comptabilite.PaiementsTestKit.Ligne("salaire", 800m, requerant, iban: null),
                Comptabilite.PaiementsTestKit.Ligne("loyer", 1450m, requerant),
            },
        })).EnsureSuccessStatusCode();
        var modele = await (await admin.PostAsync("/api/modeles", Modele(
            DocxDeTest.Construire("Loyer : {budget.loyer}", "Besoin net : {budget.besoinNet}", "{budget.lignes}", "{budget.pensionAlimentaire}"), Code())))
            .JsonAsync(HttpStatusCode.Created);
        var url = $"/api/modeles/{modele.GetProperty("id").GetGuid()}/publipostage";

        var refus = await (await assistant.PostAsJsonAsync(url, new { dossierId })).AssertProblemAsync((HttpStatusCode)422, "ged.champs-manquants");
        Assert.Contains("budget.pensionAlimentaire", refus.GetRawText(), StringComparison.Ordinal);
        var produit = await (await assistant.PostAsJsonAsync(url, new { dossierId, accepterChampsManquants = true })).JsonAsync(HttpStatusCode.Created);

        var document = Assert.Single(produit.GetProperty("documents").EnumerateArray());
        var texte = DocxDeTest.TexteDe(await (await assistant.GetAsync($"/api/documents/{document.GetProperty("id").GetGuid()}/contenu")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Loyer : CHF 1'450.00", texte, StringComparison.Ordinal);
        Assert.Contains("Besoin net : CHF 650.00", texte, StringComparison.Ordinal);
        Assert.Equal(["budget.pensionAlimentaire"], document.GetProperty("champsManquants").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Publipostage_Dossier_ReferentFinancementEtParcoursRemplisDepuisLesDossiers()
    {
        var service = await Factory.CreateServiceAsync($"R{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        using var admin = await Factory.AdminClientAsync();
        var requerant = await Dossiers.DossiersTestData.FicheAsync(assistant, "Suivie");
        var canton = await Dossiers.DossiersTestData.FicheAsync(assistant, "Canton", "financeur");
        var fondation = await Dossiers.DossiersTestData.FicheAsync(assistant, "Fondation", "financeur");
        var dossier = await Dossiers.DossiersTestData.DossierAsync(assistant, "FAMILLE Rapport", (requerant, "requerant"));
        var dossierId = dossier.GetProperty("id").GetGuid();
        (await assistant.PutAsJsonAsync($"/api/dossiers/{dossierId}/financement", new
        {
            convention = new { reference = "CONV-RAPPORT", du = "2026-01-01", au = "2026-12-31", heuresFinancees = 10m },
            financeurPrincipalId = canton, typeFinanceur = "mixte", modeMontant = "taux-horaire", montant = 80m,
            repartition = "pourcentage", partPrincipale = 60m, coFinanceurs = new[] { new { ficheId = fondation, part = 40m } },
        })).EnsureSuccessStatusCode();
        var presente = await PlanifierAsync(assistant, dossierId, "2026-03-02T08:00:00Z", "2026-03-02T11:00:00Z");
        var absente = await PlanifierAsync(assistant, dossierId, "2026-03-09T08:00:00Z", "2026-03-09T10:00:00Z");
        await PlanifierAsync(assistant, dossierId, "2026-03-16T08:00:00Z", "2026-03-16T09:30:00Z");
        (await assistant.PostAsJsonAsync($"/api/dossiers/{dossierId}/seances/{presente}/emargement", new { presence = "present" })).EnsureSuccessStatusCode();
        (await assistant.PostAsJsonAsync($"/api/dossiers/{dossierId}/seances/{absente}/emargement", new { presence = "absent" })).EnsureSuccessStatusCode();
        var modele = await (await admin.PostAsync("/api/modeles", Modele(
            DocxDeTest.Construire(
                "Référent : {referent.nomComplet} ({referent.email})",
                "Convention {financement.convention} du {financement.conventionDu} au {financement.conventionAu}, {financement.modeMontant} {financement.montant}",
                "Financeurs :", "{financement.financeurs}",
                "Total prévu : {financement.montantTotal}",
                "Heures réalisées : {parcours.heuresRealisees} sur {financement.heuresFinancees}, restantes {parcours.heuresRestantes}, planifiées {parcours.heuresPlanifiees}",
                "Séances : {parcours.seancesPresent} présent sur {parcours.seancesEmargees}, présence {parcours.tauxPresence}, entrée le {parcours.dateEntree}",
                "Sortie : {parcours.dateSortie}"),
            Code()))).JsonAsync(HttpStatusCode.Created);
        var url = $"/api/modeles/{modele.GetProperty("id").GetGuid()}/publipostage";

        var refus = await (await assistant.PostAsJsonAsync(url, new { dossierId })).AssertProblemAsync((HttpStatusCode)422, "ged.champs-manquants");
        Assert.Equal(["parcours.dateSortie"], refus.GetProperty("errors").GetProperty(dossierId.ToString()).EnumerateArray().Select(e => e.GetString()));
        var produit = await (await assistant.PostAsJsonAsync(url, new { dossierId, accepterChampsManquants = true })).JsonAsync(HttpStatusCode.Created);

        var document = Assert.Single(produit.GetProperty("documents").EnumerateArray());
        var texte = DocxDeTest.TexteDe(await (await assistant.GetAsync($"/api/documents/{document.GetProperty("id").GetGuid()}/contenu")).Content.ReadAsByteArrayAsync());
        Assert.Matches(@"Référent : assistant-social Test \(assistant-social\.[0-9a-f]{32}@socialerp\.test\)", texte);
        Assert.Contains("Convention CONV-RAPPORT du 1er janvier 2026 au 31 décembre 2026, tarif horaire CHF 80.00", texte, StringComparison.Ordinal);
        Assert.Matches(@"Test Canton\S* : 60\.00 %", texte);
        Assert.Matches(@"Test Fondation\S* : 40\.00 %", texte);
        Assert.Contains("Total prévu : CHF 800.00", texte, StringComparison.Ordinal);
        Assert.Contains("Heures réalisées : 3.00 h sur 10.00 h, restantes 7.00 h, planifiées 1.50 h", texte, StringComparison.Ordinal);
        Assert.Contains("Séances : 1 présent sur 2, présence 50.00 %, entrée le 2 mars 2026", texte, StringComparison.Ordinal);
        Assert.Equal(["parcours.dateSortie"], document.GetProperty("champsManquants").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Publipostage_DossierSansFinancement_ChampsDuFinancementSignalesManquants()
    {
        using var admin = await Factory.AdminClientAsync();
        var (dossierId, _) = await Dossiers.DossiersTestData.DossierSimpleAsync(admin, "SansFinancement");
        var modele = await (await admin.PostAsync("/api/modeles", Modele(
            DocxDeTest.Construire("{financement.financeur} {financement.montantTotal}", "{parcours.heuresRealisees} {parcours.heuresRestantes} {parcours.tauxPresence}"),
            Code()))).JsonAsync(HttpStatusCode.Created);

        var refus = await (await admin.PostAsJsonAsync($"/api/modeles/{modele.GetProperty("id").GetGuid()}/publipostage", new { dossierId }))
            .AssertProblemAsync((HttpStatusCode)422, "ged.champs-manquants");

        Assert.Equal(
            ["financement.financeur", "financement.montantTotal", "parcours.heuresRestantes", "parcours.tauxPresence"],
            refus.GetProperty("errors").GetProperty(dossierId.ToString()).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task EvenementDossier_AvecAttestation_DocumentGenereSurLeDossierParLeSysteme_UneSeuleFois()
    {
        var service = await Factory.CreateServiceAsync($"A{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        using var admin = await Factory.AdminClientAsync();
        var requerant = await Dossiers.DossiersTestData.FicheAsync(assistant, "Attestee");
        var dossier = await Dossiers.DossiersTestData.DossierAsync(assistant, "FAMILLE Attestation", (requerant, "requerant"));
        var dossierId = dossier.GetProperty("id").GetGuid();
        var code = Code();
        (await admin.PostAsync("/api/modeles", Modele(
            DocxDeTest.Construire("Attestation pour {fiche.nomComplet}", "Dossier {dossier.numero}", "Événement : {evenement.type} du {evenement.date}"), code)))
            .EnsureSuccessStatusCode();
        var type = $"ATT{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        (await admin.PostAsJsonAsync("/api/parametres/types-evenements", new { code = type, libelle = "Sortie attestée", attestationModele = code }))
            .EnsureSuccessStatusCode();

        (await assistant.PostAsJsonAsync($"/api/dossiers/{dossierId}/evenements", new { type, date = "2026-05-04" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        await Factory.DrainMessagesAsync();

        var documents = (await (await assistant.GetAsync($"/api/documents?cibleType=dossier&cibleId={dossierId}")).JsonAsync()).GetProperty("items");
        var attestation = Assert.Single(documents.EnumerateArray());
        var texte = DocxDeTest.TexteDe(await (await assistant.GetAsync($"/api/documents/{attestation.GetProperty("id").GetGuid()}/contenu")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Attestation pour Test Attestee", texte, StringComparison.Ordinal);
        Assert.Contains($"Dossier {dossier.GetProperty("numero").GetString()}", texte, StringComparison.Ordinal);
        Assert.Contains("Sortie attestée du 4 mai 2026", texte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publipostage_CiblesInconnuesOuInvisibles_Returns404AndProducesNothing()
    {
        using var admin = await Factory.AdminClientAsync();
        var service = await Factory.CreateServiceAsync($"P{Guid.NewGuid():N}"[..10]);
        var autre = await Factory.CreateServiceAsync($"Q{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (etranger, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, autre);
        using var _a = assistant;
        using var _e = etranger;
        var fiche = await CreerFicheAsync(assistant);
        var modele = await (await admin.PostAsync("/api/modeles", Modele(DocxDeTest.Construire("{fiche.nom}"), Code()))).JsonAsync(HttpStatusCode.Created);
        var url = $"/api/modeles/{modele.GetProperty("id").GetGuid()}/publipostage";

        await (await etranger.PostAsJsonAsync(url, new { ficheIds = new[] { fiche } })).AssertProblemAsync(HttpStatusCode.NotFound, "ged.fiche-introuvable");
        await (await assistant.PostAsJsonAsync(url, new { ficheIds = new[] { fiche, Guid.NewGuid() } })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await assistant.PostAsJsonAsync(url, new { dossierId = Guid.NewGuid() })).AssertProblemAsync(HttpStatusCode.NotFound, "ged.dossier-introuvable");
        await (await assistant.PostAsJsonAsync($"/api/modeles/{Guid.NewGuid()}/publipostage", new { ficheIds = new[] { fiche } })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await assistant.PostAsJsonAsync(url, new { dossierId = Guid.NewGuid(), ficheIds = new[] { fiche } })).AssertFieldErrorsAsync("ficheIds");
        await (await assistant.PostAsJsonAsync(url, new { })).AssertFieldErrorsAsync("dossierId");
        Assert.Equal(0, await TotalAsync(assistant, fiche));
        Assert.Equal(HttpStatusCode.Created, (await assistant.PostAsJsonAsync(url, new { ficheIds = new[] { fiche } })).StatusCode);
    }

    private static async Task<int> TotalAsync(HttpClient client, Guid fiche) =>
        (await (await client.GetAsync($"/api/documents?cibleType=fiche&cibleId={fiche}")).JsonAsync()).GetProperty("total").GetInt32();

    private static async Task<Guid> PlanifierAsync(HttpClient client, Guid dossierId, string debut, string fin) =>
        (await (await client.PostAsJsonAsync($"/api/dossiers/{dossierId}/seances", new { debut, fin, intitule = "Atelier" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static string Code() => $"test-{Guid.NewGuid():N}"[..20];

    private static MultipartFormDataContent Modele(byte[] docx, string code) => new()
    {
        { new ByteArrayContent(docx), "fichier", "modele.docx" },
        { new StringContent(code), "code" },
        { new StringContent("Courrier de test"), "nom" },
        { new StringContent("courrier-sortant"), "typeDocument" },
    };
}

[Trait("Category", "Integration")]
public sealed class PublipostageApiTestsSqlite(SqliteGedApiFixture fixture) : PublipostageApiTests(fixture), IClassFixture<SqliteGedApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class PublipostageApiTestsPostgreSql(PostgreSqlGedApiFixture fixture) : PublipostageApiTests(fixture), IClassFixture<PostgreSqlGedApiFixture>;
