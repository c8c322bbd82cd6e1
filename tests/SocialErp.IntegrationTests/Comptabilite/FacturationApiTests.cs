using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.FacturationTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// Valued services (tariffs, valuation, charge to the dossier) and debtor invoicing: numbering without gaps, QR and
/// creditor references, the QR-bill payload, postings with dimensions, credit notes, dunning, refusals.
/// </summary>
public abstract class FacturationApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task PrestationsValorisees_TarifsSuccessifs_ChargedToTheDossierAndInvoicedOnce()
    {
        using var client = await Factory.AdminClientAsync();
        var intervenant = await FicheAsync(client, "Intervenante", "Ana", "intervenant");
        var usager = await FicheAsync(client, "Usager", "Paul", "usager");
        var dossier = await DossierAsync(client, usager);
        var code = await TarifAsync(client, "conseil", "heure", 120m, "2026-01-01");
        await TarifAsync(client, "conseil", "heure", 150m, "2026-07-01", code);
        var tarifs = await (await client.GetAsync($"/api/comptabilite/tarifs?code={code}")).JsonAsync();
        Assert.Equal("2026-06-30", tarifs[0].GetProperty("valideAu").GetString());
        await (await client.PostJsonAsync("/api/comptabilite/tarifs", new { code, libelle = "Doublon", typePrestation = "conseil", unite = "heure", prix = 99m, valideDu = "2026-03-01", valideAu = "2026-03-31" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.tarif-chevauchement");

        var premiere = await PrestationAsync(client, intervenant, dossier, usager, "2026-03-10", 90, code);
        var seconde = await PrestationAsync(client, intervenant, dossier, null, "2026-08-03", 60, code);

        Assert.Equal(180.00m, premiere.GetProperty("montant").GetDecimal());
        Assert.Equal("conseil", premiere.GetProperty("typeCharge").GetString());
        Assert.Equal(150.00m, seconde.GetProperty("montant").GetDecimal());
        var ecriture = await (await client.GetAsync($"/api/comptabilite/ecritures/{premiere.GetProperty("ecritureId").GetGuid()}")).JsonAsync();
        var charge = ecriture.GetProperty("lignes").EnumerateArray().Single(l => l.GetProperty("compte").GetString() == "3100");
        Assert.Equal(180.00m, charge.GetProperty("debit").GetDecimal());
        Assert.Equal(dossier, charge.GetProperty("dossierId").GetGuid());
        Assert.Equal(5586, charge.GetProperty("communeDomicile").GetInt32());
        Assert.Equal("WSH", charge.GetProperty("prestation").GetString());
        var soldes = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{dossier}/soldes?date=2026-12-31")).JsonAsync();
        Assert.Equal(330.00m, ComptaTestKit.Solde(soldes, "parTypeCharge", "conseil"));

        var assurance = await OrganisationAsync(client, Unique("Assurance "));
        var facture = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs", new
        {
            debiteurId = assurance, typeDebiteur = "assurance", date = "2026-09-01",
            prestations = new[] { Id(premiere), Id(seconde) },
            lignes = new[] { new { libelle = "Frais de dossier", quantite = 2m, prixUnitaire = 25m, dossierId = dossier } },
        })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(380.00m, facture.GetProperty("montant").GetDecimal());
        Assert.Equal(380.00m, facture.GetProperty("solde").GetDecimal());
        Assert.Equal("ouverte", facture.GetProperty("statut").GetString());
        Assert.Equal("2026-10-01", facture.GetProperty("echeance").GetString());
        Assert.True(CleQrValide(facture.GetProperty("reference").GetString()!));
        Assert.Equal(3, facture.GetProperty("lignes").GetArrayLength());
        var ecritureFacture = await (await client.GetAsync($"/api/comptabilite/ecritures/{facture.GetProperty("ecritureId").GetGuid()}")).JsonAsync();
        var lignes = ecritureFacture.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal(380.00m, lignes.Where(l => l.GetProperty("compte").GetString() == "1041").Sum(l => l.GetProperty("debit").GetDecimal()));
        Assert.Equal(380.00m, lignes.Where(l => l.GetProperty("compte").GetString() == "4261").Sum(l => l.GetProperty("credit").GetDecimal()));
        Assert.All(lignes, l => Assert.Equal(dossier, l.GetProperty("dossierId").GetGuid()));
        Assert.All(lignes, l => Assert.Equal("assurance", l.GetProperty("typePayeur").GetString()));
        var facturee = await (await client.GetAsync($"/api/comptabilite/prestations-valorisees/{Id(premiere)}")).JsonAsync();
        Assert.Equal(Id(facture), facturee.GetProperty("factureId").GetGuid());
        var restantes = await (await client.GetAsync($"/api/comptabilite/prestations-valorisees?dossierId={dossier}&refacturables=true")).JsonAsync();
        Assert.Equal(0, restantes.GetArrayLength());

        await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs", new { debiteurId = assurance, typeDebiteur = "assurance", prestations = new[] { Id(premiere) } }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.prestation-deja-facturee");
    }

    [Fact]
    public async Task PrestationValorisee_MauvaisesSaisies_PreciseProblems()
    {
        using var client = await Factory.AdminClientAsync();
        var intervenant = await FicheAsync(client, "Intervenant", "Luc", "intervenant");
        var pasIntervenant = await FicheAsync(client, "Usager", "Zoe", "usager");
        var dossier = await DossierAsync(client, pasIntervenant);
        var code = await TarifAsync(client, "assistance", "heure", 80m, "2026-01-01");

        await (await client.PostJsonAsync("/api/comptabilite/tarifs", new { code = "X", libelle = "X", typePrestation = "conseil", unite = "heure", prix = 10.555m, valideDu = "2026-01-01" }))
            .AssertFieldErrorsAsync("prix");
        await (await client.PostJsonAsync("/api/comptabilite/tarifs", new { code = "X", libelle = "X", typePrestation = "coiffure", unite = "jour", prix = 10m, valideDu = "2026-01-01" }))
            .AssertFieldErrorsAsync("typePrestation", "unite");
        await (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new { intervenantId = pasIntervenant, date = "2026-02-01", typePrestation = "assistance", tarif = code, dureeMinutes = 30, dossierId = dossier }))
            .AssertFieldErrorsAsync("intervenantId");
        await (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new { intervenantId = intervenant, date = "2026-02-01", typePrestation = "assistance", tarif = code, dossierId = dossier }))
            .AssertFieldErrorsAsync("dureeMinutes");
        await (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new { intervenantId = intervenant, date = "2025-02-01", typePrestation = "assistance", tarif = code, dureeMinutes = 30, dossierId = dossier }))
            .AssertFieldErrorsAsync("tarif");
        await (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new { intervenantId = intervenant, date = "2026-02-01", typePrestation = "assistance", tarif = code, dureeMinutes = 30, dossierId = Guid.NewGuid() }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.dossier-introuvable");
        await (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new { intervenantId = intervenant, date = "2026-02-01", typePrestation = "assistance", quantite = 1.234m, dossierId = dossier }))
            .AssertFieldErrorsAsync("quantite");
    }

    [Fact]
    public async Task FacturesDebiteurs_QrEtScor_PayloadReferencesAndNumbersWithoutGaps()
    {
        using var client = await Factory.AdminClientAsync();
        var parent = await DebiteurAvecAdresseAsync(client, "Rochat", "Line");
        var qr = await FactureAsync(client, parent, "parent", 1949.75m);
        var scor = await FactureAsync(client, parent, "parent", 250m, typeReference: "SCOR");

        var (annee, numero) = Numero(qr);
        Assert.Equal((annee, numero + 1), Numero(scor));
        Assert.True(CleQrValide(qr.GetProperty("reference").GetString()!));
        var referenceScor = scor.GetProperty("reference").GetString()!;
        Assert.StartsWith("RF", referenceScor, StringComparison.Ordinal);
        Assert.True(CleScorValide(referenceScor));

        var donnees = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs/{Id(qr)}/qr")).JsonAsync();
        var payload = donnees.GetProperty("payload").GetString()!;
        Assert.False(payload.EndsWith('\n'));
        var lignes = payload.Split('\n');
        Assert.Equal(["SPC", "0200", "1", "CH4431999123000889012", "S"], lignes[..5]);
        Assert.Equal("1949.75", lignes[18]);
        Assert.Equal("CHF", lignes[19]);
        Assert.Equal(["S", "Line Rochat", "Rue du Bourg", "12", "1003", "Lausanne", "CH"], lignes[20..27]);
        Assert.Equal("QRR", lignes[27]);
        Assert.Equal(qr.GetProperty("reference").GetString(), lignes[28]);
        Assert.Equal("EPD", lignes[30]);
        var donneesScor = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs/{Id(scor)}/qr")).JsonAsync();
        Assert.Equal("CH9300762011623852957", donneesScor.GetProperty("iban").GetString());
        Assert.Contains("\nSCOR\n" + referenceScor + "\n", donneesScor.GetProperty("payload").GetString(), StringComparison.Ordinal);

        var parReference = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?reference={Uri.EscapeDataString(qr.GetProperty("referenceFormatee").GetString()!)}")).JsonAsync();
        Assert.Equal(Id(qr), Id(Assert.Single(parReference.EnumerateArray())));
        var fausse = qr.GetProperty("reference").GetString()![..26] + ((qr.GetProperty("reference").GetString()![26] - '0' + 1) % 10);
        await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?reference={fausse}")).AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.reference-qr-invalide");
        await (await client.GetAsync("/api/comptabilite/factures-debiteurs?reference=RF19539007547034")).AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.reference-creancier-invalide");
    }

    [Fact]
    public async Task FacturesDebiteurs_EmisesEnParallele_NumbersAreConsecutiveWithoutGaps()
    {
        using var client = await Factory.AdminClientAsync();
        var debiteur = await OrganisationAsync(client, Unique("Office "), "office-public");
        var reponses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.PostJsonAsync("/api/comptabilite/factures-debiteurs", new
        {
            debiteurId = debiteur, typeDebiteur = "office", date = "2027-01-15", lignes = new[] { new { libelle = $"Ligne {i}", prixUnitaire = 10m + i } },
        })));
        var numeros = new List<int>();
        foreach (var reponse in reponses)
        {
            numeros.Add(Numero(await reponse.JsonAsync(HttpStatusCode.Created)).Numero);
        }

        var tous = await (await client.GetAsync("/api/comptabilite/factures-debiteurs?annee=2027&limite=500")).JsonAsync();
        var annee = tous.EnumerateArray().Select(f => Numero(f).Numero).Order().ToList();
        Assert.Equal(Enumerable.Range(1, annee.Count), annee);
        Assert.Equal(8, numeros.Distinct().Count());
    }

    [Fact]
    public async Task AvoirsEtRappels_PartialCreditAndDunningLevels()
    {
        using var client = await Factory.AdminClientAsync();
        var beneficiaire = await DebiteurAvecAdresseAsync(client, "Berisha", "Arta");
        var facture = await FactureAsync(client, beneficiaire, "beneficiaire", 300m, date: "2026-01-10");
        var url = $"/api/comptabilite/factures-debiteurs/{Id(facture)}";

        await (await client.PostJsonAsync($"{url}/rappels", new { date = "2026-02-09" })).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.rappel-premature");
        var rappel1 = await (await client.PostJsonAsync($"{url}/rappels", new { date = "2026-02-10" })).JsonAsync();
        Assert.Equal(1, rappel1.GetProperty("niveauRappel").GetInt32());
        Assert.Equal("2026-02-20", rappel1.GetProperty("rappels")[0].GetProperty("delai").GetString());
        await (await client.PostJsonAsync($"{url}/rappels", new { date = "2026-02-15" })).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.rappel-premature");
        var rappel2 = await (await client.PostJsonAsync($"{url}/rappels", new { date = "2026-02-21" })).JsonAsync();
        Assert.Equal(2, rappel2.GetProperty("niveauRappel").GetInt32());
        var echues = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?debiteurId={beneficiaire}&echuesAu=2026-03-01")).JsonAsync();
        Assert.Equal(Id(facture), Id(Assert.Single(echues.EnumerateArray())));

        var avoir = await (await client.PostJsonAsync($"{url}/avoirs", new { montant = 100m, motif = "Erreur de calcul", date = "2026-02-25" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("avoir", avoir.GetProperty("statut").GetString());
        Assert.Equal(Id(facture), avoir.GetProperty("avoirDe").GetGuid());
        Assert.True(Numero(avoir).Numero > Numero(facture).Numero);
        var apres = await (await client.GetAsync(url)).JsonAsync();
        Assert.Equal(200.00m, apres.GetProperty("solde").GetDecimal());
        Assert.Equal(100.00m, apres.GetProperty("montantCredite").GetDecimal());
        Assert.Equal("partiellement-payee", apres.GetProperty("statut").GetString());
        var ecritureAvoir = await (await client.GetAsync($"/api/comptabilite/ecritures/{avoir.GetProperty("ecritureId").GetGuid()}")).JsonAsync();
        Assert.Equal(100.00m, ecritureAvoir.GetProperty("lignes").EnumerateArray().Where(l => l.GetProperty("compte").GetString() == "4260").Sum(l => l.GetProperty("debit").GetDecimal()));
        var qr = await (await client.GetAsync($"{url}/qr")).JsonAsync();
        Assert.Equal(200.00m, qr.GetProperty("montant").GetDecimal());

        await (await client.PostJsonAsync($"{url}/avoirs", new { montant = 200.01m, motif = "Trop" })).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.avoir-depasse-solde");
        await (await client.PostJsonAsync($"/api/comptabilite/factures-debiteurs/{Id(avoir)}/avoirs", new { motif = "Avoir d'avoir" })).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.avoir-sur-avoir");
        await (await client.GetAsync($"/api/comptabilite/factures-debiteurs/{Id(avoir)}/qr")).AssertProblemAsync(HttpStatusCode.Conflict);
        var solde = await (await client.PostJsonAsync($"{url}/avoirs", new { motif = "Remise du solde" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(200.00m, solde.GetProperty("montant").GetDecimal());
        Assert.Equal("soldee", (await (await client.GetAsync(url)).JsonAsync()).GetProperty("statut").GetString());
        await (await client.PostJsonAsync($"{url}/rappels", new { date = "2026-04-01" })).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.facture-soldee");
    }

    [Fact]
    public async Task FacturesDebiteurs_MauvaisesSaisiesEtRefus_NothingIssued()
    {
        using var admin = await Factory.AdminClientAsync();
        var (assistant, comptable) = await ComptaTestKit.EquipeAsync(Factory);
        using var _a = assistant;
        using var _c = comptable;
        var debiteur = await OrganisationAsync(admin, Unique("Office "), "office-public");
        var avant = await Sql.ScalarAsync(Factory.Database, $"select count(*) from {Sql.Table(Factory.Database, "comptabilite", "facture_debiteur")}");

        await (await admin.PostJsonAsync("/api/comptabilite/factures-debiteurs", new { debiteurId = debiteur, typeDebiteur = "office", lignes = new[] { new { libelle = "A", prixUnitaire = 10.001m } } }))
            .AssertFieldErrorsAsync("lignes[0].prixUnitaire");
        await (await admin.PostJsonAsync("/api/comptabilite/factures-debiteurs", new { debiteurId = debiteur, typeDebiteur = "martien", typeReference = "IBAN", lignes = Array.Empty<object>() }))
            .AssertFieldErrorsAsync("typeDebiteur", "typeReference", "lignes");
        await (await admin.PostJsonAsync("/api/comptabilite/factures-debiteurs", new { debiteurId = debiteur, typeDebiteur = "office", lignes = new[] { new { libelle = "A", prixUnitaire = 10m, compteRevenu = "1020" } } }))
            .AssertFieldErrorsAsync("lignes[0].compteRevenu");
        await (await admin.PostJsonAsync("/api/comptabilite/factures-debiteurs", new { debiteurId = debiteur, typeDebiteur = "office", lignes = new[] { new { libelle = "A", prixUnitaire = 10m, dossierId = Guid.NewGuid() } } }))
            .AssertFieldErrorsAsync("lignes[0].dossierId");
        await (await admin.PostJsonAsync("/api/comptabilite/factures-debiteurs", new { debiteurId = Guid.NewGuid(), typeDebiteur = "office", lignes = new[] { new { libelle = "A", prixUnitaire = 10m } } }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.fiche-introuvable");
        await (await assistant.PostJsonAsync("/api/comptabilite/factures-debiteurs", new { debiteurId = debiteur, typeDebiteur = "office", lignes = new[] { new { libelle = "A", prixUnitaire = 10m } } }))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        using var anonyme = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync("/api/comptabilite/factures-debiteurs")).StatusCode);
        Assert.Equal(avant, await Sql.ScalarAsync(Factory.Database, $"select count(*) from {Sql.Table(Factory.Database, "comptabilite", "facture_debiteur")}"));

        // A comptable of another service does not see the debtor fiche of the admin: the invoice is invisible to them.
        var facture = await FactureAsync(admin, debiteur, "office", 10m);
        await (await comptable.GetAsync($"/api/comptabilite/factures-debiteurs/{Id(facture)}")).AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.facture-introuvable");
    }

    [Fact]
    public async Task FactureDebiteur_IdempotencyKey_ReplaysWithoutASecondNumber()
    {
        using var client = await Factory.AdminClientAsync();
        var debiteur = await OrganisationAsync(client, Unique("Canton "), "financeur");
        var corps = new { debiteurId = debiteur, typeDebiteur = "canton", date = "2026-05-05", lignes = new[] { new { libelle = "Refacturation", prixUnitaire = 1000m } } };
        var cle = Guid.NewGuid().ToString();

        var premiere = await (await ComptaTestKit.PostAvecCleAsync(client, "/api/comptabilite/factures-debiteurs", corps, cle)).JsonAsync(HttpStatusCode.Created);
        var rejouee = await ComptaTestKit.PostAvecCleAsync(client, "/api/comptabilite/factures-debiteurs", corps, cle);

        Assert.Equal("true", rejouee.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal(premiere.GetProperty("numero").GetString(), (await rejouee.JsonAsync(HttpStatusCode.Created)).GetProperty("numero").GetString());
        var suivante = await FactureAsync(client, debiteur, "canton", 1m, date: "2026-05-06");
        Assert.Equal(Numero(premiere).Numero + 1, Numero(suivante).Numero);
    }

    [Fact]
    public async Task FacturationPeriodique_ConventionTrimestrielle_OneInvoicePerQuarterAndRunsAreIdempotent()
    {
        using var client = await Factory.AdminClientAsync();
        var intervenant = await FicheAsync(client, "Intervenant", "Eva", "intervenant");
        var usager = await FicheAsync(client, "Usager", "Noah", "usager");
        var dossier = await DossierAsync(client, usager);
        var tarif = await TarifAsync(client, "assistance", "unite", 100m, "2028-01-01");
        foreach (var (date, refacturable) in new[] { ("2028-01-10", true), ("2028-01-20", false), ("2028-02-15", true), ("2028-04-02", true) })
        {
            (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new { intervenantId = intervenant, date, typePrestation = "assistance", tarif, dossierId = dossier, refacturable }))
                .EnsureSuccessStatusCode();
        }

        var office = await OrganisationAsync(client, Unique("Office AI "), "office-public");
        var convention = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/conventions", new
        {
            debiteurId = office, typeDebiteur = "office", dossierId = dossier, periodicite = "trimestrielle", libelle = "Mesures AI", du = "2028-01-01",
        })).JsonAsync(HttpStatusCode.Created);

        var t1 = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/executions", new { periode = "2028-T1" })).JsonAsync();
        var encore = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/executions", new { periode = "2028-T1" })).JsonAsync();
        var t2 = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/executions", new { periode = "2028-T2" })).JsonAsync();
        var t3 = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/executions", new { periode = "2028-T3" })).JsonAsync();

        var facture = Assert.Single(t1.GetProperty("factures").EnumerateArray());
        Assert.Equal(200.00m, facture.GetProperty("montant").GetDecimal());
        Assert.Equal(2, facture.GetProperty("lignes").GetArrayLength());
        Assert.Equal("2028-T1", facture.GetProperty("periode").GetString());
        Assert.Equal("2028-03-31", facture.GetProperty("date").GetString());
        Assert.Equal(Id(convention), facture.GetProperty("conventionId").GetGuid());
        Assert.Equal(0, encore.GetProperty("factures").GetArrayLength());
        Assert.Contains(encore.GetProperty("ignorees").EnumerateArray(), i => i.GetProperty("conventionId").GetGuid() == Id(convention) && i.GetProperty("raison").GetString() == "deja-facturee");
        Assert.Contains(t2.GetProperty("factures").EnumerateArray(), f => f.GetProperty("conventionId").GetGuid() == Id(convention) && f.GetProperty("montant").GetDecimal() == 100m);
        Assert.Contains(t3.GetProperty("ignorees").EnumerateArray(), i => i.GetProperty("conventionId").GetGuid() == Id(convention) && i.GetProperty("raison").GetString() == "rien-a-facturer");
        var mensuelle = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/executions", new { periode = "2028-03" })).JsonAsync();
        Assert.DoesNotContain(mensuelle.GetProperty("ignorees").EnumerateArray(), i => i.GetProperty("conventionId").GetGuid() == Id(convention));
        await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/executions", new { periode = "2028" })).AssertFieldErrorsAsync("periode");
        await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/conventions", new { debiteurId = office, typeDebiteur = "office", dossierId = dossier, periodicite = "annuelle", libelle = "X", du = "2028-01-01" }))
            .AssertFieldErrorsAsync("periodicite");
    }

    [Fact]
    public async Task FacturationPeriodique_DossierAbandonneOuClos_ConventionIgnoreeAvecSaRaisonEtRienEmis()
    {
        using var client = await Factory.AdminClientAsync();
        var intervenant = await FicheAsync(client, "Intervenant", "Ivo", "intervenant");
        var tarif = await TarifAsync(client, "assistance", "unite", 100m, "2029-01-01");
        var office = await OrganisationAsync(client, Unique("Office AI "), "office-public");
        var dossiers = new Dictionary<string, Guid>();
        var conventions = new Dictionary<string, Guid>();
        foreach (var cas in new[] { "suivi", "abandon", "clos" })
        {
            dossiers[cas] = await DossierAsync(client, await FicheAsync(client, "Usager", cas, "usager"));
            (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new
            {
                intervenantId = intervenant, date = "2029-01-15", typePrestation = "assistance", tarif, dossierId = dossiers[cas], refacturable = true,
            })).EnsureSuccessStatusCode();
            conventions[cas] = Id(await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/conventions", new
            {
                debiteurId = office, typeDebiteur = "office", dossierId = dossiers[cas], periodicite = "trimestrielle", libelle = "Mesures AI", du = "2029-01-01",
            })).JsonAsync(HttpStatusCode.Created));
        }

        // Abandoned during the quarter (billing blocked from that day on), closed on its first day: Dossiers tells Comptabilité.
        (await client.PostJsonAsync($"/api/dossiers/{dossiers["abandon"]}/evenements", new { type = "ABANDON", date = "2029-03-20", motif = "Déménagement" }))
            .EnsureSuccessStatusCode();
        (await client.PostJsonAsync($"/api/dossiers/{dossiers["clos"]}/cloture", new { date = "2029-01-01", motif = "Fin de la mesure" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();

        var t1 = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/executions", new { periode = "2029-T1" })).JsonAsync();
        var encore = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs/executions", new { periode = "2029-T1" })).JsonAsync();

        var facture = Assert.Single(t1.GetProperty("factures").EnumerateArray(), f => conventions.ContainsValue(f.GetProperty("conventionId").GetGuid()));
        Assert.Equal(conventions["suivi"], facture.GetProperty("conventionId").GetGuid());
        foreach (var execution in new[] { t1, encore })
        {
            var ignorees = execution.GetProperty("ignorees").EnumerateArray().ToDictionary(i => i.GetProperty("conventionId").GetGuid());
            Assert.Equal("facturation-bloquee", ignorees[conventions["abandon"]].GetProperty("raison").GetString());
            Assert.Contains("20.03.2029 (Déménagement)", ignorees[conventions["abandon"]].GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal("dossier-ferme", ignorees[conventions["clos"]].GetProperty("raison").GetString());
            Assert.Contains("clos depuis le 01.01.2029", ignorees[conventions["clos"]].GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("deja-facturee", encore.GetProperty("ignorees").EnumerateArray()
            .Single(i => i.GetProperty("conventionId").GetGuid() == conventions["suivi"]).GetProperty("raison").GetString());
        var factures = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?debiteurId={office}")).JsonAsync();
        Assert.Equal(Id(facture), Id(Assert.Single(factures.EnumerateArray())));
        foreach (var cas in new[] { "abandon", "clos" })
        {
            var enAttente = await (await client.GetAsync($"/api/comptabilite/prestations-valorisees?dossierId={dossiers[cas]}&refacturables=true")).JsonAsync();
            Assert.Equal(1, enAttente.GetArrayLength());
        }
    }

    [Fact]
    public async Task FactureDebiteur_LigneSurDossierEnRupture_409NommantLesLignesEtRienEmis()
    {
        using var client = await Factory.AdminClientAsync();
        var intervenant = await FicheAsync(client, "Intervenante", "Mia", "intervenant");
        var tarif = await TarifAsync(client, "conseil", "unite", 80m, "2029-01-01");
        var office = await OrganisationAsync(client, Unique("Office "), "office-public");
        var suivi = await DossierAsync(client, await FicheAsync(client, "Usager", "Suivi", "usager"));
        var rompu = await DossierAsync(client, await FicheAsync(client, "Usager", "Rompu", "usager"));
        var prestation = Id(await (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new
        {
            intervenantId = intervenant, date = "2029-05-10", typePrestation = "conseil", tarif, dossierId = rompu, refacturable = true,
        })).JsonAsync(HttpStatusCode.Created));
        (await client.PostJsonAsync($"/api/dossiers/{rompu}/evenements", new { type = "RUPTURE", date = "2029-06-01", motif = "Arrêt décidé par le financeur" }))
            .EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var table = Sql.Table(Factory.Database, "comptabilite", "facture_debiteur");
        var avant = await Sql.ScalarAsync(Factory.Database, $"select count(*) from {table}");

        var refus = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs", new
        {
            debiteurId = office, typeDebiteur = "office", date = "2029-06-15", prestations = new[] { prestation },
            lignes = new[] { new { libelle = "Frais", prixUnitaire = 50m, dossierId = (Guid?)suivi }, new { libelle = "Frais", prixUnitaire = 50m, dossierId = (Guid?)rompu } },
        })).AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.dossier-non-facturable");

        var erreurs = refus.GetProperty("errors");
        Assert.Equal(["lignes[1].dossierId", "prestations[0]"], erreurs.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("bloquée depuis le 01.06.2029 (Arrêt décidé par le financeur)", erreurs.GetProperty("prestations[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(avant, await Sql.ScalarAsync(Factory.Database, $"select count(*) from {table}"));
        var attente = await (await client.GetAsync($"/api/comptabilite/prestations-valorisees/{prestation}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, attente.GetProperty("factureId").ValueKind);

        // Dated before the rupture, the service rendered then is still invoiced; the other dossier's line never was refused.
        var avantRupture = await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs", new
        {
            debiteurId = office, typeDebiteur = "office", date = "2029-05-31", prestations = new[] { prestation },
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(80m, avantRupture.GetProperty("montant").GetDecimal());
        await FactureAsync(client, office, "office", 50m, date: "2029-06-15", dossierId: suivi);
    }

    private static async Task<JsonElement> PrestationAsync(HttpClient client, Guid intervenant, Guid dossier, Guid? fiche, string date, int minutes, string tarif) =>
        await (await client.PostJsonAsync("/api/comptabilite/prestations-valorisees", new
        {
            intervenantId = intervenant, date, typePrestation = "conseil", tarif, dureeMinutes = minutes, dossierId = dossier, ficheId = fiche, refacturable = true,
        })).JsonAsync(HttpStatusCode.Created);

    private static (int Annee, int Numero) Numero(JsonElement facture)
    {
        var texte = facture.GetProperty("numero").GetString()!;
        return (int.Parse(texte[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(texte[5..], System.Globalization.CultureInfo.InvariantCulture));
    }
}

[Trait("Category", "Integration")]
public sealed class FacturationApiTestsSqlite(SqliteComptabiliteFixture fixture) : FacturationApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class FacturationApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : FacturationApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
