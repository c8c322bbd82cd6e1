using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.Identifiants;

/// <summary>
/// The structured reference a payment carries, already checked: a QR reference, a creditor reference or none.
/// Also holds the account rule of the Swiss QR-bill: a QR-IBAN takes a QR reference and only it.
/// </summary>
internal sealed record ReferencePaiement
{
    private ReferencePaiement(TypeReference type, string? valeur)
    {
        Type = type;
        Valeur = valeur;
    }

    public static ReferencePaiement Aucune { get; } = new(TypeReference.Non, null);

    public TypeReference Type { get; }

    /// <summary>The compact reference, null for <see cref="TypeReference.Non"/>.</summary>
    public string? Valeur { get; }

    /// <summary>The wire code: <c>QRR</c>, <c>SCOR</c> or <c>NON</c>.</summary>
    public string Code => Codes.Ecrire(Type);

    public static ReferencePaiement Qr(ReferenceQr reference) => new(TypeReference.Qrr, reference.Valeur);

    public static ReferencePaiement Creancier(ReferenceCreancier reference) => new(TypeReference.Scor, reference.Valeur);

    /// <summary>Checks <paramref name="valeur"/> against <paramref name="type"/> (NON must come without a reference).</summary>
    public static Result<ReferencePaiement> Lire(TypeReference type, string? valeur, string champ = "reference")
    {
        switch (type)
        {
            case TypeReference.Qrr:
                var qr = ReferenceQr.Lire(valeur, champ);
                return qr.IsSuccess ? Qr(qr.Value) : qr.Error!;
            case TypeReference.Scor:
                var creancier = ReferenceCreancier.Lire(valeur, champ);
                return creancier.IsSuccess ? Creancier(creancier.Value) : creancier.Error!;
            default:
                return string.IsNullOrWhiteSpace(valeur)
                    ? Aucune
                    : BanqueErrors.ReferenceIncompatible(champ, "Le type de référence NON ne porte pas de référence.");
        }
    }

    /// <summary>
    /// Whether this reference may be paid to <paramref name="compte"/>: a QR-IBAN requires a QR reference, and a
    /// QR reference is only valid with a QR-IBAN (Swiss QR-bill implementation guidelines).
    /// </summary>
    public Error? VerifierCompte(Iban compte, string champ = "reference")
    {
        if (compte.EstQrIban && Type != TypeReference.Qrr)
        {
            return BanqueErrors.ReferenceIncompatible(champ, $"Un QR-IBAN n'accepte qu'une référence QR (QRR) ; la référence donnée est de type {Code}.");
        }

        if (!compte.EstQrIban && Type == TypeReference.Qrr)
        {
            return BanqueErrors.ReferenceIncompatible(champ, "Une référence QR (QRR) ne s'utilise qu'avec un QR-IBAN (numéro d'établissement 30000 à 31999).");
        }

        return null;
    }

    /// <summary>Wire codes of <see cref="TypeReference"/>.</summary>
    public static class Codes
    {
        public static string Ecrire(TypeReference type) => type switch
        {
            TypeReference.Qrr => "QRR",
            TypeReference.Scor => "SCOR",
            _ => "NON",
        };

        public static TypeReference? Lire(string? code) => code switch
        {
            "QRR" => TypeReference.Qrr,
            "SCOR" => TypeReference.Scor,
            "NON" => TypeReference.Non,
            _ => null,
        };
    }
}
