using System.Net;
using System.Text;
using System.Text.Json;
using SocialErp.Bench.Data;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.FacturationTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// camt.054 / camt.053 imports: matching by reference, by amount + name, clearing and manual assignment, partial and
/// over-payments, re-imports that create nothing, refused files that import nothing, the round trip invoice → camt.
/// </summary>
public abstract class EncaissementsApiTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    [Fact]
    public async Task AllerRetour_FactureEmiseEtCamt054AvecSaReference_ZeroOpenItems()
    {
        using var client = await Factory.AdminClientAsync();
        var usager = await FicheAsync(client, "Da Silva", "Rui", "usager");
        var dossier = await DossierAsync(client, usager);
        var parent = await DebiteurAvecAdresseAsync(client, "Da Silva", "Maria");
        var facture = await FactureAsync(client, parent, "parent", 640.40m, dossierId: dossier);
        var camt = Camt054(new CreditSynthetique(640.40m, "QRR", facture.GetProperty("reference").GetString(), "Maria Da Silva", $"BNK{Guid.NewGuid():N}"[..20]));

        var import = await (await ImporterAsync(client, camt)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("camt.054.001.08", import.GetProperty("version").GetString());
        Assert.Equal(1, import.GetProperty("parReference").GetInt32());
        var encaissement = import.GetProperty("encaissements")[0];
        Assert.Equal("reference", encaissement.GetProperty("rapprochement").GetString());
        Assert.Equal(0m, encaissement.GetProperty("nonAffecte").GetDecimal());
        var payee = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs/{Id(facture)}")).JsonAsync();
        Assert.Equal("soldee", payee.GetProperty("statut").GetString());
        Assert.Equal(0m, payee.GetProperty("solde").GetDecimal());
        var ouvertes = await (await client.GetAsync($"/api/comptabilite/factures-debiteurs?debiteurId={parent}&ouvertes=true")).JsonAsync();
        Assert.Equal(0, ouvertes.GetArrayLength());
        var ecriture = await (await client.GetAsync($"/api/comptabilite/ecritures/{encaissement.GetProperty("ecritureId").GetGuid()}")).JsonAsync();
        var lignes = ecriture.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal(640.40m, lignes.Single(l => l.GetProperty("compte").GetString() == "1020").GetProperty("debit").GetDecimal());
        var creance = lignes.Single(l => l.GetProperty("compte").GetString() == "1042");
        Assert.Equal(640.40m, creance.GetProperty("credit").GetDecimal());
        Assert.Equal(dossier, creance.GetProperty("dossierId").GetGuid());
        var soldes = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{dossier}/soldes?date=2026-12-31")).JsonAsync();
        Assert.Equal(0m, ComptaTestKit.Solde(soldes, "parGenre", "debiteur"));

        var encore = await (await ImporterAsync(client, camt, multipart: true)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, encore.GetProperty("dejaImportes").GetInt32());
        Assert.Equal(0, encore.GetProperty("encaissements").GetArrayLength());
        Assert.Equal(1, await CompterAsync("encaissement", $"reference = '{facture.GetProperty("reference").GetString()}'"));

        await Factory.DrainMessagesAsync();
        Assert.Equal(1, await CompterAsync("outbox_message", $"type = 'comptabilite.facture-debiteur-payee.v1' and payload like '%{Id(facture)}%'"));
    }

    [Fact]
    public async Task Rapprochement_PartielTropPercuNomEtAttente_ThenManualAssignment()
    {
        using var client = await Factory.AdminClientAsync();
        var debiteur = await DebiteurAvecAdresseAsync(client, "Curie", Unique("Marie"));
        var nom = (await (await client.GetAsync($"/api/fiches/{debiteur}")).JsonAsync()).GetProperty("prenom").GetString() + " Curie";
        var a = await FactureAsync(client, debiteur, "parent", 500m);
        var b = await FactureAsync(client, debiteur, "parent", 120.35m);
        var c = await FactureAsync(client, debiteur, "parent", 80m, typeReference: "SCOR");
        var camt = Camt054(
            new CreditSynthetique(200m, "QRR", a.GetProperty("reference").GetString(), nom, Unique("B")),
            new CreditSynthetique(120.35m, null, null, "  " + nom.ToUpperInvariant().Split(' ')[1] + " " + nom.Split(' ')[0].ToLowerInvariant(), Unique("B")),
            new CreditSynthetique(100m, "SCOR", c.GetProperty("reference").GetString(), "Quelqu'un", Unique("B")),
            new CreditSynthetique(75m, null, null, "Inconnu Total", Unique("B")));

        var import = await (await ImporterAsync(client, camt)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(2, import.GetProperty("parReference").GetInt32());
        Assert.Equal(1, import.GetProperty("parMontantNom").GetInt32());
        Assert.Equal(1, import.GetProperty("enAttente").GetInt32());
        Assert.Equal(495.35m, import.GetProperty("total").GetDecimal());
        Assert.Equal(300m, await SoldeAsync(client, a));
        Assert.Equal("partiellement-payee", (await LireAsync(client, a)).GetProperty("statut").GetString());
        Assert.Equal(0m, await SoldeAsync(client, b));
        Assert.Equal(0m, await SoldeAsync(client, c));
        var encaissements = import.GetProperty("encaissements").EnumerateArray().ToList();
        var tropPercu = encaissements[2];
        Assert.Equal(20m, tropPercu.GetProperty("nonAffecte").GetDecimal());
        var attente = encaissements[3];
        Assert.Null(attente.GetProperty("rapprochement").GetString());
        var aAffecter = await (await client.GetAsync($"/api/comptabilite/encaissements?importId={Id(import)}&aAffecter=true")).JsonAsync();
        Assert.Equal(new[] { Id(tropPercu), Id(attente) }.Order(), aAffecter.EnumerateArray().Select(Id).Order());

        var affecte = await (await client.PostJsonAsync($"/api/comptabilite/encaissements/{Id(attente)}/affectation", new { factureId = Id(a) })).JsonAsync();
        Assert.Equal(0m, affecte.GetProperty("nonAffecte").GetDecimal());
        Assert.Equal("manuel", affecte.GetProperty("affectations")[0].GetProperty("rapprochement").GetString());
        Assert.Equal(225m, await SoldeAsync(client, a));
        await (await client.PostJsonAsync($"/api/comptabilite/encaissements/{Id(attente)}/affectation", new { factureId = Id(a) }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.encaissement-affecte");
        await (await client.PostJsonAsync($"/api/comptabilite/encaissements/{Id(tropPercu)}/affectation", new { factureId = Id(a), montant = 20.01m }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.affectation-trop-elevee");
        await (await client.PostJsonAsync($"/api/comptabilite/encaissements/{Id(tropPercu)}/affectation", new { factureId = Id(c) }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "comptabilite.facture-soldee");
        await (await client.PostJsonAsync($"/api/comptabilite/encaissements/{Id(tropPercu)}/affectation", new { factureId = Id(a), montant = 1.001m }))
            .AssertFieldErrorsAsync("montant");
        await (await client.PostJsonAsync($"/api/comptabilite/encaissements/{Guid.NewGuid()}/affectation", new { factureId = Id(a) }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "comptabilite.encaissement-introuvable");
        (await client.PostJsonAsync($"/api/comptabilite/encaissements/{Id(tropPercu)}/affectation", new { factureId = Id(a), montant = 20m })).EnsureSuccessStatusCode();
        Assert.Equal(205m, await SoldeAsync(client, a));
        var enAttente = await (await client.GetAsync($"/api/comptabilite/encaissements?importId={Id(import)}&aAffecter=true")).JsonAsync();
        Assert.Equal(0, enAttente.GetArrayLength());
    }

    [Fact]
    public async Task Rapprochement_FichierMixte_DejaImportesNomAmbiguEtSoldeCourant()
    {
        using var client = await Factory.AdminClientAsync();
        var debiteur = await DebiteurAvecAdresseAsync(client, "Meitner", Unique("Lise"));
        var nom = (await (await client.GetAsync($"/api/fiches/{debiteur}")).JsonAsync()).GetProperty("prenom").GetString() + " Meitner";
        var f1 = await FactureAsync(client, debiteur, "parent", 100m);
        var f2 = await FactureAsync(client, debiteur, "parent", 100m);
        var f3 = await FactureAsync(client, debiteur, "parent", 55.50m);
        var deja = new CreditSynthetique(55.50m, null, null, nom, Unique("B"));
        (await ImporterAsync(client, Camt054(deja))).EnsureSuccessStatusCode();
        Assert.Equal(0m, await SoldeAsync(client, f3));

        var import = await (await ImporterAsync(client, Camt054(
            deja,
            new CreditSynthetique(55.50m, null, null, nom, Unique("B")),
            new CreditSynthetique(100m, null, null, nom, Unique("B")),
            new CreditSynthetique(100m, "QRR", f1.GetProperty("reference").GetString(), "Autre Payeur", Unique("B")),
            new CreditSynthetique(100m, null, null, nom, Unique("B"))))).JsonAsync(HttpStatusCode.Created);

        // Already imported; f3 paid already (clearing); two open invoices of 100 (ambiguous: clearing); f1 by its
        // reference; then only f2 is open at 100 for that name: matched by amount + name.
        Assert.Equal((5, 1, 1, 1, 2), (import.GetProperty("credits").GetInt32(), import.GetProperty("dejaImportes").GetInt32(),
            import.GetProperty("parReference").GetInt32(), import.GetProperty("parMontantNom").GetInt32(), import.GetProperty("enAttente").GetInt32()));
        var encaissements = import.GetProperty("encaissements").EnumerateArray().ToList();
        Assert.Equal([null, null, "reference", "montant-nom"], encaissements.Select(e => e.GetProperty("rapprochement").GetString()));
        Assert.Equal((0m, 0m, 0m), (await SoldeAsync(client, f1), await SoldeAsync(client, f2), await SoldeAsync(client, f3)));
        Assert.Equal(Id(f2), encaissements[3].GetProperty("affectations")[0].GetProperty("factureId").GetGuid());
        await ComptaTestKit.AssertControleConformeAsync(Factory);
    }

    [Fact]
    public async Task FichiersReels_Versions04Et08_SecondImportCreatesNothing()
    {
        using var client = await Factory.AdminClientAsync();
        var avant = await CompterAsync("encaissement");

        var v04 = await (await ImporterAsync(client, Fichier(Camt054V04), multipart: true)).JsonAsync(HttpStatusCode.Created);
        var v08 = await (await ImporterAsync(client, Fichier(Camt054V08))).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("camt.054.001.04", v04.GetProperty("version").GetString());
        Assert.Equal(2, v04.GetProperty("credits").GetInt32());
        Assert.Equal(2 - v04.GetProperty("dejaImportes").GetInt32(), v04.GetProperty("encaissements").GetArrayLength());
        Assert.Equal("camt.054.001.08", v08.GetProperty("version").GetString());
        Assert.Equal(2, v08.GetProperty("dejaImportes").GetInt32());
        Assert.Equal(0, v08.GetProperty("encaissements").GetArrayLength());
        Assert.True(await CompterAsync("encaissement") - avant <= 2);
    }

    [Fact]
    public async Task FichiersRefuses_PasXmlVersionInconnueMauvaiseRoute_NothingImported()
    {
        using var client = await Factory.AdminClientAsync();
        var (assistant, comptable) = await ComptaTestKit.EquipeAsync(Factory);
        using var _a = assistant;
        using var _c = comptable;
        var imports = await CompterAsync("import_camt");
        var ecritures = await CompterAsync("ecriture");

        await (await ImporterAsync(client, Encoding.UTF8.GetBytes("Ceci n'est pas un relevé"))).AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.camt-illisible");
        await (await ImporterAsync(client, [])).AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.camt-illisible");
        var pain = """<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>""";
        await (await ImporterAsync(client, Encoding.UTF8.GetBytes(pain))).AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.camt-version-inconnue");
        var camt054 = Camt054(new CreditSynthetique(10m, null, null, "X", Unique("B")));
        await (await ImporterAsync(client, camt054, route: "camt053")).AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.camt-version-inconnue");
        var tronque = camt054[..(camt054.Length / 2)];
        await (await ImporterAsync(client, tronque)).AssertProblemAsync(HttpStatusCode.BadRequest, "comptabilite.camt-illisible");
        await (await ImporterAsync(assistant, camt054)).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(imports, await CompterAsync("import_camt"));
        Assert.Equal(ecritures, await CompterAsync("ecriture"));
    }

    [Fact]
    public async Task Camt053_MemeCreditQueLeCamt054_RecognisedAsAlreadyImported()
    {
        using var client = await Factory.AdminClientAsync();
        var credit = new CreditSynthetique(33.30m, null, null, "Payeur Anonyme", Unique("B"));
        var camt054 = Camt054(credit);
        var camt053 = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(camt054)
            .Replace("camt.054.001.08", "camt.053.001.08", StringComparison.Ordinal)
            .Replace("BkToCstmrDbtCdtNtfctn", "BkToCstmrStmt", StringComparison.Ordinal)
            .Replace("Ntfctn>", "Stmt>", StringComparison.Ordinal));

        var premier = await (await ImporterAsync(client, camt053, route: "camt053")).JsonAsync(HttpStatusCode.Created);
        var second = await (await ImporterAsync(client, camt054)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("camt.053.001.08", premier.GetProperty("version").GetString());
        Assert.Equal(1, premier.GetProperty("enAttente").GetInt32());
        Assert.Equal(1, second.GetProperty("dejaImportes").GetInt32());
    }

    private static async Task<JsonElement> LireAsync(HttpClient client, JsonElement facture) =>
        await (await client.GetAsync($"/api/comptabilite/factures-debiteurs/{Id(facture)}")).JsonAsync();

    private static async Task<decimal> SoldeAsync(HttpClient client, JsonElement facture) => (await LireAsync(client, facture)).GetProperty("solde").GetDecimal();

    private Task<long> CompterAsync(string table, string? condition = null) =>
        Sql.ScalarAsync(Factory.Database, $"select count(*) from {Sql.Table(Factory.Database, "comptabilite", table)}{(condition is null ? string.Empty : " where " + condition)}");
}

[Trait("Category", "Integration")]
public sealed class EncaissementsApiTestsSqlite(SqliteComptabiliteFixture fixture) : EncaissementsApiTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class EncaissementsApiTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : EncaissementsApiTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
