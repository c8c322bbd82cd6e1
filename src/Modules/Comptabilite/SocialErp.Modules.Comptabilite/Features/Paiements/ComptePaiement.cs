using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Paiements;

/// <summary>
/// An account an order may pay: a Swiss (CH/LI) IBAN, and a reference that suits it (a QR-IBAN takes a QR reference
/// and only it). Errors name the caller's field (<c>lignes[2].iban</c>).
/// </summary>
internal sealed record ComptePaiement(Iban Iban, ReferencePaiement Reference)
{
    public static Result<ComptePaiement> Lire(string? iban, string? typeReference, string? reference, string prefixe)
    {
        var compte = Iban.LireSuisse(iban, Champ(prefixe, "iban"));
        if (!compte.IsSuccess)
        {
            return compte.Error!;
        }

        var type = ReferencePaiement.Codes.Lire(typeReference)
            ?? (string.IsNullOrWhiteSpace(reference) ? TypeReference.Non : compte.Value.EstQrIban ? TypeReference.Qrr : TypeReference.Scor);
        var lue = ReferencePaiement.Lire(type, reference, Champ(prefixe, "reference"));
        if (!lue.IsSuccess)
        {
            return lue.Error!;
        }

        var incompatible = lue.Value.VerifierCompte(compte.Value, Champ(prefixe, "reference"));
        return incompatible is not null ? incompatible : new ComptePaiement(compte.Value, lue.Value);
    }

    private static string Champ(string prefixe, string nom) => string.IsNullOrEmpty(prefixe) ? nom : $"{prefixe}.{nom}";
}
