using System.Globalization;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.QrFacture;

/// <summary>
/// Reads the data of a Swiss QR code, as a scanner or a supplier's PDF gives it, into a checked
/// <see cref="FactureQr"/>: every rule of the generator applies, and each refusal names the line and element.
/// Accepts LF or CR LF separators and one trailing line break (some encoders add it).
/// </summary>
internal static class LecteurFactureQr
{
    private const string Champ = "payload";

    // Line indexes (0-based) of the elements of version 0200.
    private const int LigneIban = 3;
    private const int LigneCreancier = 4;
    private const int LigneCreancierFinal = 11;
    private const int LigneMontant = 18;
    private const int LigneMonnaie = 19;
    private const int LigneDebiteur = 20;
    private const int LigneTypeReference = 27;
    private const int LigneReference = 28;
    private const int LigneMessage = 29;
    private const int LigneTrailer = 30;
    private const int LignesMinimum = 31;
    private const int LignesMaximum = 34;

    /// <summary>The guidelines cap the data of the QR code at 997 characters.</summary>
    public const int LongueurMaximale = 997;

    public static Result<FactureQr> Lire(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return Erreur("Les données du code QR sont vides.");
        }

        if (payload.Length > LongueurMaximale + 2)
        {
            return Erreur($"Les données d'une facture QR ont au plus {LongueurMaximale} caractères ; celles-ci en ont {payload.Length}.");
        }

        var lignes = payload.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        if (lignes[0] != "SPC")
        {
            return Erreur("Ce n'est pas une facture QR suisse : la première ligne doit être « SPC ».");
        }

        if (lignes.Length is < LignesMinimum or > LignesMaximum)
        {
            return Erreur($"Une facture QR a de {LignesMinimum} à {LignesMaximum} lignes ; celle-ci en a {lignes.Length}.");
        }

        if (lignes[1] != "0200" || lignes[2] != "1")
        {
            return Erreur($"Version « {lignes[1]} » / codage « {lignes[2]} » non pris en charge : seuls la version 0200 et le codage 1 (UTF-8) existent.");
        }

        if (lignes[LigneTrailer] != "EPD")
        {
            return Erreur($"Ligne {LigneTrailer + 1} : « EPD » (fin des données de paiement) attendu, trouvé « {lignes[LigneTrailer]} ».");
        }

        var compte = Iban.LireSuisse(lignes[LigneIban], Champ);
        if (!compte.IsSuccess)
        {
            return compte.Error!;
        }

        var creancier = Adresse(lignes, LigneCreancier, "créancier");
        if (!creancier.IsSuccess)
        {
            return creancier.Error!;
        }

        if (creancier.Value is null)
        {
            return Erreur("L'adresse du créancier est obligatoire.");
        }

        if (lignes.Skip(LigneCreancierFinal).Take(GenerateurFactureQr.LignesAdresse).Any(l => l.Length > 0))
        {
            return Erreur($"Lignes {LigneCreancierFinal + 1} à {LigneCreancierFinal + GenerateurFactureQr.LignesAdresse} : le créancier final est réservé et doit rester vide.");
        }

        var montant = Montant(lignes[LigneMontant]);
        if (!montant.IsSuccess)
        {
            return montant.Error!;
        }

        var debiteur = Adresse(lignes, LigneDebiteur, "débiteur final");
        if (!debiteur.IsSuccess)
        {
            return debiteur.Error!;
        }

        var type = ReferencePaiement.Codes.Lire(lignes[LigneTypeReference]);
        if (type is null)
        {
            return Erreur($"Ligne {LigneTypeReference + 1} : type de référence « {lignes[LigneTypeReference]} » inconnu (QRR, SCOR ou NON).");
        }

        var reference = ReferencePaiement.Lire(type.Value, lignes[LigneReference], Champ);
        if (!reference.IsSuccess)
        {
            return reference.Error!;
        }

        return FactureQr.Creer(
            compte.Value,
            creancier.Value,
            montant.Value,
            lignes[LigneMonnaie],
            debiteur.Value,
            reference.Value,
            lignes[LigneMessage],
            lignes.Length > LigneTrailer + 1 ? lignes[LigneTrailer + 1] : null,
            lignes.Skip(LigneTrailer + 2).ToList());
    }

    /// <summary>The address block starting at <paramref name="debut"/>; null when all seven lines are empty.</summary>
    private static Result<AdresseStructuree?> Adresse(string[] lignes, int debut, string role)
    {
        var bloc = lignes.AsSpan(debut, GenerateurFactureQr.LignesAdresse).ToArray();
        if (bloc.All(l => l.Length == 0))
        {
            return Result<AdresseStructuree?>.Success(null);
        }

        if (bloc[0] == "K")
        {
            return Erreur($"Ligne {debut + 1} : l'adresse combinée (K) du {role} n'est plus admise depuis les directives QR-facture v2.3 ; seule l'adresse structurée (S) l'est.");
        }

        if (bloc[0] != "S")
        {
            return Erreur($"Ligne {debut + 1} : type d'adresse du {role} « {bloc[0]} » inconnu (S attendu).");
        }

        var adresse = AdresseStructuree.Creer(bloc[1], bloc[2], bloc[3], bloc[4], bloc[5], bloc[6], Champ);
        return adresse.IsSuccess ? adresse.Value : adresse.Error!;
    }

    private static Result<decimal?> Montant(string texte)
    {
        if (texte.Length == 0)
        {
            return Result<decimal?>.Success(null);
        }

        if (texte.Length > 12 || !decimal.TryParse(texte, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var montant))
        {
            return Erreur($"Ligne {LigneMontant + 1} : montant « {texte} » illisible (chiffres et point décimal, par exemple 1949.75).");
        }

        var erreur = MontantBancaire.Verifier(montant, Champ);
        return erreur is null ? montant : erreur;
    }

    private static Error Erreur(string detail) => BanqueErrors.FactureQrInvalide(Champ, detail);
}
