using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using System.Xml.Schema;
using SocialErp.Bench.Data;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>What budget, payment and supplier-invoice tests share: payees with addresses, accounts, runs, bank files.</summary>
internal static class PaiementsTestKit
{
    /// <summary>An ordinary Swiss IBAN (PostFinance example), a QR-IBAN and its QR reference (QR-bill guidelines' example).</summary>
    public const string Iban = "CH9300762011623852957";
    public const string IbanRegie = "CH5604835012345678009";
    public const string QrIban = "CH4431999123000889012";
    public const string ReferenceQr = "210000000003139471430009017";
    public const string ReferenceCreancier = "RF18539007547034";

    /// <summary>The QR-bill guidelines' example payload (QR-IBAN, QRR reference, CHF 1 949.75): a scanned supplier invoice.</summary>
    public const string ExempleQr =
        "SPC\n0200\n1\nCH4431999123000889012\nS\nRobert Schneider AG\nRue du Lac\n1268\n2501\nBiel\nCH\n\n\n\n\n\n\n\n1949.75\nCHF\n"
        + "S\nPia-Maria Rutschmann-Schnyder\nGrosse Marktgasse\n28\n9400\nRorschach\nCH\nQRR\n210000000003139471430009017\n"
        + "Auftrag vom 15.06.2020\nEPD";

    public static async Task<Guid> PersonneAvecAdresseAsync(HttpClient client, string nom = "Budget") =>
        (await (await client.PostJsonAsync("/api/fiches", new
        {
            type = "personne", nom, prenom = "Test",
            adresses = new[] { new { type = "domicile", rue = "Rue du Bourg", numero = "12", npa = "1003", localite = "Lausanne", valideDu = "2000-01-01" } },
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task<Guid> OrganisationAsync(HttpClient client, string raisonSociale) =>
        (await (await client.PostJsonAsync("/api/fiches", new
        {
            type = "organisation", raisonSociale = $"{raisonSociale} {Guid.NewGuid():N}"[..30],
            adresses = new[] { new { type = "domicile", rue = "Avenue de la Gare", numero = "5", npa = "1950", localite = "Sion", valideDu = "2000-01-01" } },
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static object Ligne(
        string type, decimal? montant, Guid beneficiaireId, Guid? payeId = null, string? iban = Iban, string? typeReference = null, string? reference = null,
        string periodicite = "mensuelle", Guid? refactureA = null) =>
        new { type, montant, beneficiaireId, payeId, iban, typeReference, reference, periodicite, refacturable = refactureA is not null, refactureA };

    /// <summary>Starts a month's run and waits until it has finished.</summary>
    public static async Task<JsonElement> ExecuterAsync(HttpClient client, string mois)
    {
        var reponse = await client.PostJsonAsync("/api/comptabilite/budgets/executions", new { mois });
        Assert.True(reponse.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"run refused: {(int)reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");
        var id = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        JsonElement execution = default;
        await Eventually.AssertAsync(async () =>
        {
            execution = await (await client.GetAsync($"/api/comptabilite/budgets/executions/{id}")).JsonAsync();
            return execution.GetProperty("statut").GetString() is "terminee" or "echouee";
        }, $"run of {mois} finished", TimeSpan.FromSeconds(60));
        Assert.Equal("terminee", execution.GetProperty("statut").GetString());
        return execution;
    }

    /// <summary>Checks a pain.001 against the Swiss schema pain.001.001.09.ch.03; returns the document.</summary>
    public static XDocument ValiderPain001(byte[] contenu)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "iso20022", "pain.001.001.09.ch.03.xsd"));
        var document = XDocument.Load(new MemoryStream(contenu));
        var erreurs = new List<string>();
        document.Validate(schemas, (_, e) => erreurs.Add(e.Message));
        Assert.True(erreurs.Count == 0, string.Join(Environment.NewLine, erreurs));
        return document;
    }

    /// <summary>The bank's camt.054 debit notification for a pain.001, validated against camt.054.001.08.xsd.</summary>
    public static byte[] AvisDebit(XDocument pain001, DateOnly date, bool transactions = true)
    {
        using var flux = new MemoryStream();
        GenerateurCamt054Debits.Ecrire(flux, pain001, date, $"DBT-{Guid.NewGuid():N}"[..20], transactions);
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "iso20022", "camt.054.001.08.xsd"));
        var erreurs = new List<string>();
        XDocument.Load(new MemoryStream(flux.ToArray())).Validate(schemas, (_, e) => erreurs.Add(e.Message));
        Assert.True(erreurs.Count == 0, string.Join(Environment.NewLine, erreurs));
        return flux.ToArray();
    }

    public static async Task<HttpResponseMessage> ImporterDebitsAsync(HttpClient client, byte[] contenu, string type = "application/xml")
    {
        using var corps = new ByteArrayContent(contenu);
        corps.Headers.ContentType = new MediaTypeHeaderValue(type);
        return await client.PostAsync("/api/comptabilite/paiements/camt054", corps);
    }

    public static byte[] Utf8(string texte) => Encoding.UTF8.GetBytes(texte);

    /// <summary>Open balance (credit − debit) of payable and current accounts for a dossier: zero once everything is paid.</summary>
    public static async Task<decimal> DettesOuvertesAsync(SocialErpApiFactory factory, Guid dossierId)
    {
        var lignes = Sql.Table(factory.Database, "comptabilite", "ligne_ecriture");
        var comptes = Sql.Table(factory.Database, "comptabilite", "compte");
        var centimes = await Sql.ScalarAsync(factory.Database,
            $"select coalesce(sum(cast(round((l.credit - l.debit) * 100) as bigint)), 0) from {lignes} l join {comptes} c on c.id = l.compte_id "
            + $"where c.numero in ('2000', '2001', '2002', '1050') and lower(cast(l.dossier_id as text)) = '{dossierId}'");
        return centimes / 100m;
    }

    public static XNamespace Pain001 => "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
}
