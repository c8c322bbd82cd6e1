namespace SocialErp.Modules.Ged.Stockage;

/// <summary>
/// Where document contents live, addressed by their SHA-256 (identical contents are stored once). A content is first
/// received into a temporary place (hashed and measured on the way), then kept under its hash in one atomic step, so
/// a crash never leaves a partial content under a hash; every read verifies the hash.
/// </summary>
internal interface IStockageContenus
{
    /// <summary>
    /// Copies <paramref name="source"/> to a temporary place, stopping once more than <paramref name="tailleMax"/> bytes
    /// were read (<see cref="ContenuRecu.TropGrand"/>). Dispose the result: a content not kept is deleted.
    /// </summary>
    Task<ContenuRecu> RecevoirAsync(Stream source, long tailleMax, CancellationToken cancellationToken);

    /// <summary>Moves a received content under its hash; true when it was not stored yet (this call created it).</summary>
    Task<bool> ConserverAsync(ContenuRecu contenu, CancellationToken cancellationToken);

    /// <summary>Opens a stored content after checking its hash (<see cref="ContenuAltereException"/> when it differs).</summary>
    Task<Stream> OuvrirAsync(string sha256, CancellationToken cancellationToken);

    Task<bool> ExisteAsync(string sha256, CancellationToken cancellationToken);

    Task SupprimerAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>The stored contents last written before <paramref name="avant"/> (for the orphan sweep).</summary>
    IAsyncEnumerable<string> ListerAsync(DateTime avant, CancellationToken cancellationToken);

    /// <summary>Deletes temporary contents older than <paramref name="avant"/> (left by a crash); returns how many.</summary>
    Task<int> NettoyerTemporairesAsync(DateTime avant, CancellationToken cancellationToken);
}
