namespace SocialErp.Modules.Ged.Stockage;

/// <summary>A content received into the store's temporary place, not kept yet; disposing it deletes it unless kept.</summary>
internal sealed class ContenuRecu(string cheminTemporaire, string sha256, long taille, bool tropGrand) : IAsyncDisposable
{
    public string CheminTemporaire { get; } = cheminTemporaire;

    /// <summary>Lower-case hex SHA-256 of the bytes read (of the first bytes only when <see cref="TropGrand"/>).</summary>
    public string Sha256 { get; } = sha256;

    public long Taille { get; } = taille;

    public bool TropGrand { get; } = tropGrand;

    public bool Conserve { get; private set; }

    public Stream Lire() => new FileStream(CheminTemporaire, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);

    public void MarquerConserve() => Conserve = true;

    public ValueTask DisposeAsync()
    {
        if (!Conserve)
        {
            File.Delete(CheminTemporaire);
        }

        return ValueTask.CompletedTask;
    }
}
