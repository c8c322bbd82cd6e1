using System.Reflection;
using BenchmarkDotNet.Attributes;
using SocialErp.Bench.Data;
using SocialErp.Modules.Comptabilite;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Bench.Micro;

/// <summary>
/// Reading a camt.054.001.08 of N QR-reference credits (batch entries of 50, as PostFinance sends them) into
/// credits with their idempotency keys: the parsing part of the camt import (issue 7 target: 10 000 credits ≤ 10 s
/// for the whole import). Two sizes to see that the cost is linear.
/// </summary>
[MemoryDiagnoser]
public class LectureCamt054Benchmarks
{
    // Module internals are open to the module's tests only (architecture rule), so the reader is bound once by
    // reflection; the call itself is a plain delegate call.
    private static readonly Func<Stream, Result> Lecteur = typeof(ComptabiliteModule).Assembly
        .GetType("SocialErp.Modules.Comptabilite.Banque.Camt.LecteurCamt", throwOnError: true)!
        .GetMethod("Lire", BindingFlags.Public | BindingFlags.Static, [typeof(Stream)])!
        .CreateDelegate<Func<Stream, Result>>();

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
    public bool Lire()
    {
        var resultat = Lecteur(new MemoryStream(_fichier, writable: false));
        return resultat.IsSuccess ? true : throw new InvalidOperationException(resultat.Error!.Message);
    }
}
