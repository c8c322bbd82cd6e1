using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.Identifiants;

/// <summary>
/// An International Bank Account Number checked by ISO 13616 (two letters, two check digits, mod-97 = 1).
/// Swiss and Liechtenstein IBANs have 21 characters: CH/LI, check digits, a 5-digit institution id (IID) and a
/// 12-character account number. A QR-IBAN is a Swiss IBAN whose IID lies in 30000–31999: it only accepts
/// payments with a QR reference.
/// </summary>
internal sealed record Iban
{
    public const int LongueurSuisse = 21;

    private Iban(string valeur) => Valeur = valeur;

    /// <summary>The compact form (no spaces, upper case), as written in XML and QR payloads.</summary>
    public string Valeur { get; }

    /// <summary>ISO 3166 country code of the account.</summary>
    public string Pays => Valeur[..2];

    public bool EstSuisse => Pays is "CH" or "LI";

    /// <summary>Institution id (IID/BC number) of a Swiss or Liechtenstein IBAN, null for other countries.</summary>
    public int? IdentifiantInstitution => EstSuisse ? int.Parse(Valeur.AsSpan(4, 5), System.Globalization.CultureInfo.InvariantCulture) : null;

    public bool EstQrIban => IdentifiantInstitution is >= 30000 and <= 31999;

    /// <summary>Groups of four for humans: <c>CH44 3199 9123 0008 8901 2</c>.</summary>
    public string Formate => Modulo97.GroupesDeQuatre(Valeur);

    /// <summary>Reads an IBAN of any country, typed with or without spaces.</summary>
    public static Result<Iban> Lire(string? saisie, string champ = "iban")
    {
        if (string.IsNullOrWhiteSpace(saisie))
        {
            return BanqueErrors.IbanInvalide(champ, "L'IBAN est vide.");
        }

        var compact = Modulo97.Compacter(saisie);
        if (!Modulo97.EstAlphanumerique(compact))
        {
            return BanqueErrors.IbanInvalide(champ, "Un IBAN ne contient que des lettres et des chiffres.");
        }

        if (compact.Length < 5 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1])
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return BanqueErrors.IbanInvalide(champ, "Un IBAN commence par le code pays (deux lettres) suivi de deux chiffres de contrôle.");
        }

        var attendue = compact[..2] is "CH" or "LI" ? LongueurSuisse : 0;
        if (attendue != 0 && compact.Length != attendue)
        {
            return BanqueErrors.IbanInvalide(
                champ, $"Un IBAN {compact[..2]} a {attendue} caractères ; celui-ci en a {compact.Length}.");
        }

        if (compact.Length is < 15 or > 34)
        {
            return BanqueErrors.IbanInvalide(champ, $"Un IBAN a de 15 à 34 caractères ; celui-ci en a {compact.Length}.");
        }

        if (attendue != 0 && !compact[4..9].All(char.IsAsciiDigit))
        {
            return BanqueErrors.IbanInvalide(champ, "Les caractères 5 à 9 d'un IBAN suisse (numéro de l'établissement) sont des chiffres.");
        }

        if (Modulo97.Reste(compact[4..] + compact[..4]) != 1)
        {
            return BanqueErrors.IbanInvalide(champ, "Les chiffres de contrôle de l'IBAN sont faux (modulo 97) : vérifiez une faute de frappe.");
        }

        return new Iban(compact);
    }

    /// <summary>Reads an IBAN that must be Swiss or Liechtenstein (QR-bill accounts, domestic payments).</summary>
    public static Result<Iban> LireSuisse(string? saisie, string champ = "iban")
    {
        var iban = Lire(saisie, champ);
        if (iban.IsSuccess && !iban.Value.EstSuisse)
        {
            return BanqueErrors.IbanNonSuisse(champ, iban.Value.Pays);
        }

        return iban;
    }

    public override string ToString() => Valeur;
}
