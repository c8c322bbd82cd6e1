using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.Identifiants;

/// <summary>
/// QR reference (QRR) of the Swiss QR-bill: 27 digits, the last a check digit computed with the recursive
/// modulo 10 (table 0 9 4 6 8 2 7 1 3 5) over the first 26. Only usable with a QR-IBAN.
/// </summary>
internal sealed record ReferenceQr
{
    public const int Longueur = 27;

    private static readonly int[] Table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];

    private ReferenceQr(string valeur) => Valeur = valeur;

    /// <summary>The 27 digits without spaces.</summary>
    public string Valeur { get; }

    /// <summary>Printed form: groups of five from the right, <c>21 00000 00003 13947 14300 09017</c>.</summary>
    public string Formatee
    {
        get
        {
            var tete = Valeur.Length % 5;
            var groupes = new List<string> { Valeur[..tete] };
            groupes.AddRange(Valeur[tete..].Chunk(5).Select(g => new string(g)));
            return string.Join(' ', groupes.Where(g => g.Length > 0));
        }
    }

    /// <summary>
    /// The reference of a number (an invoice number, or a customer number followed by an invoice number): the
    /// digits are left-padded with zeros to 26 and the check digit appended.
    /// </summary>
    public static Result<ReferenceQr> Generer(string numero, string champ = "reference")
    {
        if (string.IsNullOrEmpty(numero) || !numero.All(char.IsAsciiDigit))
        {
            return BanqueErrors.ReferenceQrInvalide(champ, "Une référence QR se construit à partir de chiffres seulement.");
        }

        if (numero.Length > Longueur - 1)
        {
            return BanqueErrors.ReferenceQrInvalide(champ, $"Une référence QR porte au plus {Longueur - 1} chiffres avant le chiffre de contrôle ; ce numéro en a {numero.Length}.");
        }

        var corps = numero.PadLeft(Longueur - 1, '0');
        return new ReferenceQr(corps + CleModulo10(corps));
    }

    /// <summary>Reads a 27-digit reference typed with or without spaces and checks its check digit.</summary>
    public static Result<ReferenceQr> Lire(string? saisie, string champ = "reference")
    {
        var compact = string.Concat((saisie ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
        if (!compact.All(char.IsAsciiDigit))
        {
            return BanqueErrors.ReferenceQrInvalide(champ, "Une référence QR ne contient que des chiffres.");
        }

        if (compact.Length != Longueur)
        {
            return BanqueErrors.ReferenceQrInvalide(champ, $"Une référence QR a {Longueur} chiffres ; celle-ci en a {compact.Length}.");
        }

        var cle = CleModulo10(compact[..^1]);
        if (compact[^1] - '0' != cle)
        {
            return BanqueErrors.ReferenceQrInvalide(champ, $"Le chiffre de contrôle de la référence QR est faux (modulo 10 récursif : {cle} attendu).");
        }

        return new ReferenceQr(compact);
    }

    /// <summary>The recursive modulo 10 check digit of <paramref name="chiffres"/>.</summary>
    public static int CleModulo10(string chiffres)
    {
        var report = 0;
        foreach (var c in chiffres)
        {
            report = Table[(report + (c - '0')) % 10];
        }

        return (10 - report) % 10;
    }

    public override string ToString() => Valeur;
}
