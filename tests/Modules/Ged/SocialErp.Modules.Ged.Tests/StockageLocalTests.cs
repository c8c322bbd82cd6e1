using System.Security.Cryptography;
using SocialErp.Modules.Ged.Stockage;

namespace SocialErp.Modules.Ged.Tests;

/// <summary>The local content-addressed store: atomic keep, shared storage, hash checked on read, nothing left by a crash.</summary>
public sealed class StockageLocalTests : IDisposable
{
    private readonly string _dossier = Path.Combine(Path.GetTempPath(), "socialerp-ged-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Conserver_MemeContenuDeuxFois_StoredOnceUnderItsSha256()
    {
        var stockage = new StockageLocal(_dossier);
        var octets = RandomNumberGenerator.GetBytes(200_000);

        await using var premier = await stockage.RecevoirAsync(new MemoryStream(octets), 1_000_000, CancellationToken.None);
        var cree = await stockage.ConserverAsync(premier, CancellationToken.None);
        await using var second = await stockage.RecevoirAsync(new MemoryStream(octets), 1_000_000, CancellationToken.None);
        var recree = await stockage.ConserverAsync(second, CancellationToken.None);

        Assert.True(cree);
        Assert.False(recree);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(octets)), premier.Sha256);
        var fichiers = Directory.GetFiles(Path.Combine(_dossier, "contenus"), "*", SearchOption.AllDirectories);
        Assert.Equal(premier.Sha256, Path.GetFileName(Assert.Single(fichiers)));
        Assert.Empty(Directory.GetFiles(Path.Combine(_dossier, "tmp")));
        await using var lu = await stockage.OuvrirAsync(premier.Sha256, CancellationToken.None);
        using var copie = new MemoryStream();
        await lu.CopyToAsync(copie);
        Assert.Equal(octets, copie.ToArray());
    }

    [Fact]
    public async Task Recevoir_SourceQuiCasseAuMilieu_LeavesNoFileAnywhere()
    {
        var stockage = new StockageLocal(_dossier);
        var source = new FluxQuiCasse(RandomNumberGenerator.GetBytes(500_000), casseApres: 200_000);

        await Assert.ThrowsAsync<IOException>(() => stockage.RecevoirAsync(source, 10_000_000, CancellationToken.None));

        Assert.Empty(Directory.GetFiles(_dossier, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Recevoir_NonConserve_TemporaryDeletedOnDispose()
    {
        var stockage = new StockageLocal(_dossier);

        await using (var recu = await stockage.RecevoirAsync(new MemoryStream(new byte[1000]), 10_000, CancellationToken.None))
        {
            Assert.True(File.Exists(recu.CheminTemporaire));
        }

        Assert.Empty(Directory.GetFiles(_dossier, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Recevoir_PlusGrandQueLaLimite_StopsAndSaysSo()
    {
        var stockage = new StockageLocal(_dossier);

        await using var recu = await stockage.RecevoirAsync(new MemoryStream(new byte[300_000]), 100_000, CancellationToken.None);

        Assert.True(recu.TropGrand);
        Assert.True(new FileInfo(recu.CheminTemporaire).Length <= 100_000);
    }

    [Fact]
    public async Task Ouvrir_ContenuAltereSurDisque_ThrowsInsteadOfServingIt()
    {
        var stockage = new StockageLocal(_dossier);
        await using var recu = await stockage.RecevoirAsync(new MemoryStream("original"u8.ToArray()), 1000, CancellationToken.None);
        await stockage.ConserverAsync(recu, CancellationToken.None);
        var chemin = Directory.GetFiles(Path.Combine(_dossier, "contenus"), "*", SearchOption.AllDirectories).Single();
        await File.WriteAllTextAsync(chemin, "modifie");

        await Assert.ThrowsAsync<ContenuAltereException>(() => stockage.OuvrirAsync(recu.Sha256, CancellationToken.None));
    }

    [Fact]
    public async Task NettoyerTemporaires_FichierLaisseParUnCrash_RemovedOnlyPastTheGracePeriod()
    {
        var stockage = new StockageLocal(_dossier);
        var abandonne = Path.Combine(_dossier, "tmp", "crash.tmp");
        await File.WriteAllBytesAsync(abandonne, new byte[10]);
        File.SetLastWriteTimeUtc(abandonne, DateTime.UtcNow.AddHours(-2));
        var recent = Path.Combine(_dossier, "tmp", "en-cours.tmp");
        await File.WriteAllBytesAsync(recent, new byte[10]);

        var supprimes = await stockage.NettoyerTemporairesAsync(DateTime.UtcNow.AddHours(-1), CancellationToken.None);

        Assert.Equal(1, supprimes);
        Assert.False(File.Exists(abandonne));
        Assert.True(File.Exists(recent));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dossier))
        {
            Directory.Delete(_dossier, recursive: true);
        }
    }

    /// <summary>A source that fails after some bytes, like a connection dropped or a process killed mid-upload.</summary>
    private sealed class FluxQuiCasse(byte[] octets, int casseApres) : MemoryStream(octets)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position >= casseApres)
            {
                throw new IOException("Connexion interrompue.");
            }

            return await base.ReadAsync(buffer[..(int)Math.Min(buffer.Length, casseApres - Position)], cancellationToken);
        }
    }
}
