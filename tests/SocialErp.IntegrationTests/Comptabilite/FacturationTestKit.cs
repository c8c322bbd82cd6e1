using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SocialErp.Bench.Data;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>What invoicing and incoming-payment tests share: fiches, a real dossier, tariffs, invoices, camt files.</summary>
internal static class FacturationTestKit
{
    public const string Camt054V04 = "200519_camt.054_P_CH2909000000250094239_1111091335_0_2020061900081727_v2009.xml";
    public const string Camt054V08 = "200519_camt.054_P_CH2909000000250094239_1111091335_0_2020061900081727_v2019.xml";

    private static readonly int[] TableModulo10 = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];

    public static string Unique(string prefixe) => $"{prefixe}{Guid.NewGuid():N}"[..Math.Min(prefixe.Length + 8, 30)].ToUpperInvariant();

    public static async Task<Guid> FicheAsync(HttpClient client, string nom, string prenom, params string[] categories) =>
        Id(await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom, prenom, categories })).JsonAsync(HttpStatusCode.Created));

    /// <summary>A person debtor with a home address (the QR-bill's ultimate debtor).</summary>
    public static async Task<Guid> DebiteurAvecAdresseAsync(HttpClient client, string nom, string prenom) =>
        Id(await (await client.PostJsonAsync("/api/fiches", new
        {
            type = "personne", nom, prenom,
            adresses = new object[] { new { type = "domicile", rue = "Rue du Bourg", numero = "12", npa = "1003", localite = "Lausanne", communeBfs = 5586, valideDu = "2020-01-01" } },
        })).JsonAsync(HttpStatusCode.Created));

    public static async Task<Guid> OrganisationAsync(HttpClient client, string raisonSociale, string categorie = "assurance") =>
        Id(await (await client.PostJsonAsync("/api/fiches", new { type = "organisation", raisonSociale, categories = new[] { categorie } })).JsonAsync(HttpStatusCode.Created));

    /// <summary>A dossier opened through the Dossiers API (commune 5586, WSH): its dimensions reach the postings.</summary>
    public static async Task<Guid> DossierAsync(HttpClient client, Guid requerant, int commune = 5586, string prestation = "WSH") =>
        Id(await (await client.PostJsonAsync("/api/dossiers", new
        {
            nom = $"Dossier {Guid.NewGuid():N}"[..20], prestation, communeDomicile = commune, dateOuverture = "2025-01-01",
            fiches = new[] { new { ficheId = requerant, role = "requerant" } },
        })).JsonAsync(HttpStatusCode.Created));

    public static async Task<string> TarifAsync(HttpClient client, string type, string unite, decimal prix, string du, string? code = null)
    {
        code ??= Unique("T");
        (await client.PostJsonAsync("/api/comptabilite/tarifs", new { code, libelle = $"Tarif {type}", typePrestation = type, unite, prix, valideDu = du }))
            .EnsureSuccessStatusCode();
        return code;
    }

    public static async Task<JsonElement> FactureAsync(HttpClient client, Guid debiteurId, string typeDebiteur, decimal montant, string date = "2026-03-02", string typeReference = "QRR", Guid? dossierId = null) =>
        await (await client.PostJsonAsync("/api/comptabilite/factures-debiteurs", new
        {
            debiteurId, typeDebiteur, date, typeReference,
            lignes = new[] { new { libelle = "Participation aux frais", prixUnitaire = montant, dossierId } },
        })).JsonAsync(HttpStatusCode.Created);

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    public static bool CleQrValide(string reference)
    {
        var report = 0;
        foreach (var c in reference[..^1])
        {
            report = TableModulo10[(report + (c - '0')) % 10];
        }

        return reference.Length == 27 && (10 - report) % 10 == reference[^1] - '0';
    }

    /// <summary>ISO 11649: the first four characters moved to the end, letters as numbers, mod 97 = 1.</summary>
    public static bool CleScorValide(string reference)
    {
        var deplacee = reference[4..] + reference[..4];
        var reste = 0;
        foreach (var c in deplacee)
        {
            var valeur = char.IsDigit(c) ? (c - '0').ToString(CultureInfo.InvariantCulture) : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture);
            foreach (var chiffre in valeur)
            {
                reste = ((reste * 10) + (chiffre - '0')) % 97;
            }
        }

        return reste == 1;
    }

    /// <summary>A camt.054.001.08 crediting these payments, written by the shared bench generator.</summary>
    public static byte[] Camt054(params CreditSynthetique[] credits)
    {
        using var sortie = new MemoryStream();
        GenerateurCamt054.Ecrire(sortie, "CH4431999123000889012", new DateOnly(2026, 3, 20), credits, $"TEST-{Guid.NewGuid():N}"[..30]);
        return sortie.ToArray();
    }

    public static async Task<HttpResponseMessage> ImporterAsync(HttpClient client, byte[] fichier, string route = "camt054", bool multipart = false)
    {
        HttpContent contenu;
        if (multipart)
        {
            var form = new MultipartFormDataContent();
            var fichierContenu = new ByteArrayContent(fichier);
            fichierContenu.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
            form.Add(fichierContenu, "fichier", "releve.xml");
            contenu = form;
        }
        else
        {
            contenu = new ByteArrayContent(fichier);
            contenu.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        }

        return await client.PostAsync($"/api/comptabilite/encaissements/{route}", contenu);
    }

    public static byte[] Fichier(string nom) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "iso20022", nom));
}
