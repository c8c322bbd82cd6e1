using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque;

/// <summary>
/// A structured postal address (type S of the QR-bill, <c>PstlAdr</c> with <c>StrtNm/BldgNb/PstCd/TwnNm/Ctry</c>
/// in ISO 20022). Since the QR-bill guidelines v2.3 combined address lines are no longer accepted, so this is the
/// only address shape of the banking formats. Lengths are the QR-bill ones, which also fit pain.001.
/// </summary>
internal sealed record AdresseStructuree
{
    private AdresseStructuree(string nom, string? rue, string? numero, string codePostal, string localite, string pays)
    {
        Nom = nom;
        Rue = rue;
        Numero = numero;
        CodePostal = codePostal;
        Localite = localite;
        Pays = pays;
    }

    public string Nom { get; }

    public string? Rue { get; }

    public string? Numero { get; }

    public string CodePostal { get; }

    public string Localite { get; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string Pays { get; }

    public static Result<AdresseStructuree> Creer(
        string? nom, string? rue, string? numero, string? codePostal, string? localite, string? pays, string champ = "adresse")
    {
        var erreur = Obligatoire(nom, 70, "nom", champ)
            ?? Facultatif(rue, 70, "rue", champ)
            ?? Facultatif(numero, 16, "numéro", champ)
            ?? Obligatoire(codePostal, 16, "code postal", champ)
            ?? Obligatoire(localite, 35, "localité", champ);
        if (erreur is not null)
        {
            return erreur;
        }

        if (pays is null || pays.Length != 2 || !pays.All(char.IsAsciiLetterUpper))
        {
            return BanqueErrors.AdresseInvalide(champ, "Le pays est un code ISO de deux lettres majuscules (CH, LI, FR…).");
        }

        return new AdresseStructuree(nom!.Trim(), Vide(rue), Vide(numero), codePostal!.Trim(), localite!.Trim(), pays);
    }

    private static Error? Obligatoire(string? valeur, int longueur, string nomChamp, string champ) =>
        string.IsNullOrWhiteSpace(valeur)
            ? BanqueErrors.AdresseInvalide(champ, $"Le champ « {nomChamp} » de l'adresse est obligatoire.")
            : Facultatif(valeur, longueur, nomChamp, champ);

    private static Error? Facultatif(string? valeur, int longueur, string nomChamp, string champ) =>
        valeur is not null && valeur.Trim().Length > longueur
            ? BanqueErrors.AdresseInvalide(champ, $"Le champ « {nomChamp} » de l'adresse a au plus {longueur} caractères.")
            : null;

    private static string? Vide(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();
}
