using System.Net;
using System.Text.Json;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Comptabilite.FacturationTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>Session billing scenarios: sessions through the Dossiers API, and reading a run's invoices and reports per dossier.</summary>
internal static class SeancesTestKit
{
    public const string Executions = "/api/comptabilite/factures-debiteurs/seances/executions";

    public static async Task<Guid> SeanceAsync(HttpClient client, Guid dossier, string debut, string fin, string? presence)
    {
        var seance = Id(await (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances", new { debut, fin })).JsonAsync(HttpStatusCode.Created));
        if (presence is not null)
        {
            (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances/{seance}/emargement", new { presence })).EnsureSuccessStatusCode();
        }

        return seance;
    }

    public static List<JsonElement> FacturesDu(JsonElement execution, Guid dossier) =>
        [.. execution.GetProperty("factures").EnumerateArray().Where(f => f.GetProperty("lignes").EnumerateArray().Any(l => l.GetProperty("dossierId").GetGuid() == dossier))];

    public static List<JsonElement> Ignorees(JsonElement execution, Guid dossier) =>
        [.. execution.GetProperty("ignorees").EnumerateArray().Where(i => i.GetProperty("dossierId").GetGuid() == dossier)];

    public static List<decimal> Montants(JsonElement facture) => [.. facture.GetProperty("lignes").EnumerateArray().Select(l => l.GetProperty("montant").GetDecimal())];

    public static List<string> Libelles(JsonElement facture) => [.. facture.GetProperty("lignes").EnumerateArray().Select(l => l.GetProperty("libelle").GetString()!)];
}
