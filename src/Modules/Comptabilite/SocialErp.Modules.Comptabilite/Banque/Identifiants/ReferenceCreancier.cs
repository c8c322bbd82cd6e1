using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.Identifiants;

/// <summary>
/// Creditor reference ISO 11649 (SCOR): <c>RF</c>, two check digits and 1 to 21 letters or digits. Valid when the
/// first four characters moved to the end, letters read as numbers (A = 10 … Z = 35), give 1 modulo 97.
/// Usable with an ordinary IBAN (never with a QR-IBAN).
/// </summary>
internal sealed record ReferenceCreancier
{
    public const int LongueurMaximaleCorps = 21;

    private ReferenceCreancier(string valeur) => Valeur = valeur;

    /// <summary>The compact form, upper case: <c>RF18539007547034</c>.</summary>
    public string Valeur { get; }

    /// <summary>Printed form: groups of four, <c>RF18 5390 0754 7034</c>.</summary>
    public string Formatee => Modulo97.GroupesDeQuatre(Valeur);

    /// <summary>The reference of <paramref name="corps"/> (an invoice number, letters and digits): RF and its check digits.</summary>
    public static Result<ReferenceCreancier> Generer(string corps, string champ = "reference")
    {
        var compact = Modulo97.Compacter(corps ?? string.Empty);
        var erreur = VerifierCorps(compact, champ);
        if (erreur is not null)
        {
            return erreur;
        }

        var cle = 98 - Modulo97.Reste(compact + "RF00");
        return new ReferenceCreancier($"RF{cle:D2}{compact}");
    }

    /// <summary>Reads a reference typed with or without spaces, in any case, and checks its check digits.</summary>
    public static Result<ReferenceCreancier> Lire(string? saisie, string champ = "reference")
    {
        var compact = Modulo97.Compacter(saisie ?? string.Empty);
        if (!compact.StartsWith("RF", StringComparison.Ordinal))
        {
            return BanqueErrors.ReferenceCreancierInvalide(champ, "Une référence créancier ISO 11649 commence par « RF ».");
        }

        if (compact.Length < 5 || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return BanqueErrors.ReferenceCreancierInvalide(champ, "« RF » est suivi de deux chiffres de contrôle puis de la référence.");
        }

        var erreur = VerifierCorps(compact[4..], champ);
        if (erreur is not null)
        {
            return erreur;
        }

        if (Modulo97.Reste(compact[4..] + compact[..4]) != 1)
        {
            return BanqueErrors.ReferenceCreancierInvalide(champ, "Les chiffres de contrôle de la référence créancier sont faux (modulo 97).");
        }

        return new ReferenceCreancier(compact);
    }

    private static Error? VerifierCorps(string corps, string champ)
    {
        if (corps.Length is 0 or > LongueurMaximaleCorps)
        {
            return BanqueErrors.ReferenceCreancierInvalide(
                champ, $"La partie référence d'une référence créancier a de 1 à {LongueurMaximaleCorps} caractères ; celle-ci en a {corps.Length}.");
        }

        return Modulo97.EstAlphanumerique(corps)
            ? null
            : BanqueErrors.ReferenceCreancierInvalide(champ, "Une référence créancier ne contient que des lettres A–Z et des chiffres.");
    }

    public override string ToString() => Valeur;
}
