using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace SocialErp.Modules.Ged.Stockage;

/// <summary>
/// The local file-system store: <c>contenus/ab/cd/&lt;sha256&gt;</c> under its folder, temporary files in <c>tmp/</c> on
/// the same volume so that keeping a content is one atomic rename.
/// </summary>
internal sealed class StockageLocal : IStockageContenus
{
    private const int TailleTampon = 81920;
    private readonly string _contenus;
    private readonly string _temporaires;

    public StockageLocal(string dossier)
    {
        _contenus = Path.Combine(dossier, "contenus");
        _temporaires = Path.Combine(dossier, "tmp");
        Directory.CreateDirectory(_contenus);
        Directory.CreateDirectory(_temporaires);
    }

    public async Task<ContenuRecu> RecevoirAsync(Stream source, long tailleMax, CancellationToken cancellationToken)
    {
        var chemin = Path.Combine(_temporaires, $"{Guid.NewGuid():N}.tmp");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long taille = 0;
            await using (var cible = new FileStream(chemin, FileMode.CreateNew, FileAccess.Write, FileShare.None, TailleTampon, FileOptions.Asynchronous))
            {
                var tampon = new byte[TailleTampon];
                int lus;
                while ((lus = await source.ReadAsync(tampon, cancellationToken)) > 0)
                {
                    taille += lus;
                    if (taille > tailleMax)
                    {
                        return new ContenuRecu(chemin, Convert.ToHexStringLower(hash.GetHashAndReset()), taille, tropGrand: true);
                    }

                    hash.AppendData(tampon, 0, lus);
                    await cible.WriteAsync(tampon.AsMemory(0, lus), cancellationToken);
                }

                await cible.FlushAsync(cancellationToken);
                cible.Flush(flushToDisk: true);
            }

            return new ContenuRecu(chemin, Convert.ToHexStringLower(hash.GetHashAndReset()), taille, tropGrand: false);
        }
        catch
        {
            File.Delete(chemin);
            throw;
        }
    }

    public Task<bool> ConserverAsync(ContenuRecu contenu, CancellationToken cancellationToken)
    {
        var chemin = Chemin(contenu.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(chemin)!);
        var existait = File.Exists(chemin);
        // Replacing an existing content by the same bytes keeps one copy and refreshes its write time, which the
        // orphan sweep's grace period relies on while the metadata of this upload is being committed.
        File.Move(contenu.CheminTemporaire, chemin, overwrite: true);
        contenu.MarquerConserve();
        return Task.FromResult(!existait);
    }

    public async Task<Stream> OuvrirAsync(string sha256, CancellationToken cancellationToken)
    {
        var chemin = Chemin(sha256);
        var flux = new FileStream(chemin, FileMode.Open, FileAccess.Read, FileShare.Read, TailleTampon, FileOptions.Asynchronous);
        try
        {
            var calcule = Convert.ToHexStringLower(await SHA256.HashDataAsync(flux, cancellationToken));
            if (!string.Equals(calcule, sha256, StringComparison.Ordinal))
            {
                throw new ContenuAltereException(sha256);
            }

            flux.Position = 0;
            return flux;
        }
        catch
        {
            await flux.DisposeAsync();
            throw;
        }
    }

    public Task<bool> ExisteAsync(string sha256, CancellationToken cancellationToken) => Task.FromResult(File.Exists(Chemin(sha256)));

    public Task SupprimerAsync(string sha256, CancellationToken cancellationToken)
    {
        File.Delete(Chemin(sha256));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<string> ListerAsync(DateTime avant, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var fichier in Directory.EnumerateFiles(_contenus, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (File.GetLastWriteTimeUtc(fichier) < avant)
            {
                yield return Path.GetFileName(fichier);
            }
        }

        await Task.CompletedTask;
    }

    public Task<int> NettoyerTemporairesAsync(DateTime avant, CancellationToken cancellationToken)
    {
        var supprimes = 0;
        foreach (var fichier in Directory.EnumerateFiles(_temporaires))
        {
            if (File.GetLastWriteTimeUtc(fichier) < avant)
            {
                File.Delete(fichier);
                supprimes++;
            }
        }

        return Task.FromResult(supprimes);
    }

    private string Chemin(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a lower-case hex SHA-256.", nameof(sha256));
        }

        return Path.Combine(_contenus, sha256[..2], sha256[2..4], sha256);
    }
}
