using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque;

/// <summary>
/// Errors of the banking formats. All are validation errors (400) keyed by the field the caller names, so an
/// endpoint can pass its own field path (<c>lignes[2].iban</c>) and the client sees where the problem is.
/// </summary>
internal static class BanqueErrors
{
    public static Error IbanInvalide(string champ, string detail) => Invalide("comptabilite.iban-invalide", champ, detail);

    public static Error IbanNonSuisse(string champ, string pays) => Invalide(
        "comptabilite.iban-non-suisse",
        champ,
        $"L'IBAN doit être suisse ou liechtensteinois (CH ou LI) ; celui-ci est de {pays}.");

    public static Error ReferenceQrInvalide(string champ, string detail) => Invalide("comptabilite.reference-qr-invalide", champ, detail);

    public static Error ReferenceCreancierInvalide(string champ, string detail) =>
        Invalide("comptabilite.reference-creancier-invalide", champ, detail);

    public static Error ReferenceIncompatible(string champ, string detail) => Invalide("comptabilite.reference-incompatible", champ, detail);

    public static Error MontantInvalide(string champ, string detail) => Invalide("comptabilite.montant-invalide", champ, detail);

    public static Error AdresseInvalide(string champ, string detail) => Invalide("comptabilite.adresse-invalide", champ, detail);

    public static Error FactureQrInvalide(string champ, string detail) => Invalide("comptabilite.facture-qr-invalide", champ, detail);

    public static Error LotInvalide(string champ, string detail) => Invalide("comptabilite.lot-invalide", champ, detail);

    public static Error CamtIllisible(string detail) => Invalide("comptabilite.camt-illisible", "fichier", detail);

    public static Error CamtVersionInconnue(string detail) => Invalide("comptabilite.camt-version-inconnue", "fichier", detail);

    private static Error Invalide(string code, string champ, string message) =>
        Error.Validation(code, message, new Dictionary<string, string[]> { [champ] = [message] });
}
