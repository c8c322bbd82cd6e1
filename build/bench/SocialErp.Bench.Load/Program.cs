using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.Bench.Data;
using SocialErp.Bench.Load;

// Loads synthetic persons into a running SocialErp through its public API (so every rule, event and index
// is exercised as in production), then prints the ids of a sample for the load scripts.
//   dotnet run -c Release --project build/bench/SocialErp.Bench.Load -- URL EMAIL PASSWORD COUNT [CONCURRENCY] [SAMPLE_FILE]
// BENCH_LOAD_FROM=N sends only the persons from the N-th on (completing an interrupted load: those already there are
// refused as duplicates of their AVS number).
// The ledger benchmark has its own mode (see GrandLivre.cs): ... -- grand-livre URL EMAIL PASSWORD PROVIDER CONNECTION LINES REAL SAMPLE_DIR
if (args.Length > 0 && args[0] == "grand-livre")
{
    return await GrandLivre.ChargerAsync(args[1..]);
}

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: URL EMAIL PASSWORD COUNT [CONCURRENCY] [SAMPLE_FILE]");
    return 2;
}

var baseUrl = new Uri(args[0]);
var count = int.Parse(args[3], CultureInfo.InvariantCulture);
var concurrency = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 8;
var sampleFile = args.Length > 5 ? args[5] : null;

using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
using var session = new SessionApi(http, args[1], args[2]);
await session.OuvrirAsync(CancellationToken.None);

var ids = new Guid[count];
var failures = 0;
var watch = Stopwatch.StartNew();
var depuis = int.Parse(Environment.GetEnvironmentVariable("BENCH_LOAD_FROM") ?? "0", CultureInfo.InvariantCulture);
var personnes = GenerateurPersonnes.Generer(count).Select((p, i) => (p, i)).Skip(depuis);
await Parallel.ForEachAsync(personnes, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (item, token) =>
{
    var (p, i) = item;
    var fiche = new
    {
        type = "personne",
        nom = p.Nom,
        prenom = p.Prenom,
        dateNaissance = p.DateNaissance.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        numeroAvs = p.NumeroAvs,
        email = p.Email,
        sexe = p.Sexe,
        communeResidence = p.CommuneBfs,
        categories = Usager,
        contacts = new[] { new { type = "mobile", valeur = p.Telephone, principal = true } },
    };
    var response = await session.PostAsync("/api/fiches", fiche, token);
    if (response.IsSuccessStatusCode)
    {
        ids[i] = (await response.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("id").GetGuid();
    }
    else if (Interlocked.Increment(ref failures) <= 5)
    {
        Console.Error.WriteLine($"#{i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(token)}");
    }

    if (i > 0 && i % 10_000 == 0)
    {
        Console.Error.WriteLine($"{i} fiches, {i / watch.Elapsed.TotalSeconds:F0}/s");
    }
});

Console.Error.WriteLine($"{count - depuis - failures} fiches created in {watch.Elapsed.TotalSeconds:F0} s ({(count - depuis - failures) / watch.Elapsed.TotalSeconds:F0}/s), {failures} refused");
if (sampleFile is not null)
{
    await File.WriteAllLinesAsync(sampleFile, ids.Where(id => id != Guid.Empty).Take(1000).Select(id => id.ToString()));
}

return failures == 0 ? 0 : 1;

internal static partial class Program
{
    private static readonly string[] Usager = ["usager"];
}
