namespace SocialErp.Modules.Ged.Stockage;

/// <summary>A stored content whose bytes no longer hash to its name (disk corruption, tampering).</summary>
internal sealed class ContenuAltereException(string sha256)
    : IOException($"The stored content {sha256} does not match its SHA-256.")
{
    public string Sha256 { get; } = sha256;
}
