using System.Text.Json;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>Merges and un-merges through the Fiches API, for the tests of the modules that follow them.</summary>
internal static class FusionsDeTest
{
    /// <returns>the merge's id.</returns>
    public static async Task<Guid> FusionnerAsync(HttpClient client, Guid conservee, Guid absorbee, Dictionary<string, string>? choix = null)
    {
        (await client.PostJsonAsync("/api/fiches/fusions", new { conserveeId = conservee, absorbeeId = absorbee, choix = choix ?? [] }))
            .EnsureSuccessStatusCode();
        var fusions = await (await client.GetAsync($"/api/fiches/{absorbee}/fusions")).JsonAsync();
        return fusions.EnumerateArray()
            .Single(f => f.GetProperty("absorbeeId").GetGuid() == absorbee && f.GetProperty("annuleeLe").ValueKind == JsonValueKind.Null)
            .GetProperty("id").GetGuid();
    }

    public static async Task AnnulerAsync(HttpClient client, Guid fusion) =>
        (await client.PostAsync($"/api/fiches/fusions/{fusion}/annulation", null)).EnsureSuccessStatusCode();
}
