using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Stockage;

namespace SocialErp.Modules.Ged.Contenus;

/// <summary>A received and checked content, with its text, waiting for its metadata to be committed.</summary>
internal sealed class ContenuPrepare(ContenuRecu recu, ContenuVerifie verifie, string texte) : IAsyncDisposable
{
    public ContenuRecu Recu { get; } = recu;

    public ContenuVerifie Verifie { get; } = verifie;

    public string Texte { get; } = texte;

    public ValueTask DisposeAsync() => Recu.DisposeAsync();
}
