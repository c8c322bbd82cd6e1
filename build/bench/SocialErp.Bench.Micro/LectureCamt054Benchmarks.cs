using BenchmarkDotNet.Attributes;
using SocialErp.Bench.Data;
using SocialErp.Modules.Comptabilite.Banque.Camt;

namespace SocialErp.Bench.Micro;

/// <summary>
/// Reading a camt.054.001.08 of N QR-reference credits (batch entries of 50, as PostFinance sends them) into
/// credits with their idempotency keys: the parsing part of the camt import (issue 7 target: 10 000 credits ≤ 10 s
/// for the whole import). Two sizes to see that the cost is linear.
/// </summary>
[MemoryDiagnoser]
public class LectureCamt054Benchmarks
{
    private byte[] _fichier = [];

    [Params(1_000, 10_000)]
    public int Credits { get; set; }

    public int TailleFichier => _fichier.Length;

    [GlobalSetup]
    public void Generer()
    {
        using var flux = new MemoryStream();
        GenerateurCamt054.Ecrire(flux, "CH7730000001250094239", new DateOnly(2026, 11, 20), GenerateurCamt054.Credits(Credits));
        _fichier = flux.ToArray();
    }

    [Benchmark]
    public int Lire() => LecteurCamt.Lire(new MemoryStream(_fichier, writable: false)).Value.Credits.Count;
}
