using System.Net;

namespace SocialErp.IntegrationTests.Fiches;

/// <summary>Unique, valid test values, so tests sharing a database never see each other's fiches as duplicates.</summary>
internal static class FichesTestData
{
    /// <summary>A fresh AVS number: 756, nine random digits, EAN-13 check digit.</summary>
    public static string NouvelAvs()
    {
        var digits = "756" + Random.Shared.NextInt64(0, 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var digit = digits[i] - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }

        return digits + ((10 - (sum % 10)) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string NouvelleDate() =>
        new DateOnly(1925, 1, 1).AddDays(Random.Shared.Next(0, 36_000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Marqueur(string prefixe) => $"{prefixe}{Guid.NewGuid():N}"[..(prefixe.Length + 8)];

    public static async Task<Guid> CreerAsync(HttpClient client, object fiche) =>
        (await (await client.PostJsonAsync("/api/fiches", fiche)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task LierAsync(HttpClient client, Guid id, string type, Guid ficheId) =>
        (await client.PostJsonAsync($"/api/fiches/{id}/relations", new { type, ficheId })).EnsureSuccessStatusCode();
}
