using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Idempotence;

/// <summary>
/// The first successful answer to a money POST sent with an <c>Idempotency-Key</c>: a replay with the same request
/// (same fingerprint) gets it back; the same key with another request is refused. Saved in the same transaction as
/// what the request created, so a key never exists without its effect, nor the effect twice.
/// </summary>
[NonAudite]
internal sealed class RequeteIdempotente
{
    private RequeteIdempotente()
    {
        Cle = string.Empty;
        Empreinte = string.Empty;
        Corps = string.Empty;
    }

    public string Cle { get; private set; }

    public string Empreinte { get; private set; }

    public int Statut { get; private set; }

    public string? Location { get; private set; }

    public string Corps { get; private set; }

    public DateTime CreeLe { get; private set; }

    public static RequeteIdempotente Enregistrer(string cle, string empreinte, int statut, string? location, string corps, DateTime le) => new()
    {
        Cle = cle,
        Empreinte = empreinte,
        Statut = statut,
        Location = location,
        Corps = corps,
        CreeLe = le,
    };
}
