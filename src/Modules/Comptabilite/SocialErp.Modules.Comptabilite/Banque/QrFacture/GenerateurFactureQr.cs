using System.Text;

namespace SocialErp.Modules.Comptabilite.Banque.QrFacture;

/// <summary>
/// Writes the data of a Swiss QR code (<c>SPC</c>, version <c>0200</c>, coding <c>1</c> = UTF-8 Latin subset):
/// one element per line in the order of the guidelines, the reserved ultimate creditor as seven empty lines,
/// <c>EPD</c> as trailer, optional bill information and alternative procedures after it, lines separated by LF and
/// no line break after the last element.
/// </summary>
internal static class GenerateurFactureQr
{
    public const string Separateur = "\n";

    /// <summary>Number of lines of an address block (address type, name, street, number, postcode, town, country).</summary>
    public const int LignesAdresse = 7;

    public static string Generer(FactureQr facture)
    {
        var lignes = new List<string> { "SPC", "0200", "1", facture.Compte.Valeur };
        AjouterAdresse(lignes, facture.Creancier);
        AjouterAdresse(lignes, null); // ultimate creditor: reserved for future use, must stay empty
        lignes.Add(facture.Montant is { } montant ? MontantBancaire.Ecrire(montant) : string.Empty);
        lignes.Add(facture.Monnaie);
        AjouterAdresse(lignes, facture.Debiteur);
        lignes.Add(facture.Reference.Code);
        lignes.Add(facture.Reference.Valeur ?? string.Empty);
        lignes.Add(Texte(facture.Message, FactureQr.LongueurMaximaleMessages));
        lignes.Add("EPD");
        if (facture.InformationsFacturation is not null || facture.ProceduresAlternatives.Count > 0)
        {
            lignes.Add(facture.InformationsFacturation ?? string.Empty);
            lignes.AddRange(facture.ProceduresAlternatives);
        }

        return string.Join(Separateur, lignes);
    }

    private static void AjouterAdresse(List<string> lignes, AdresseStructuree? adresse)
    {
        if (adresse is null)
        {
            lignes.AddRange(Enumerable.Repeat(string.Empty, LignesAdresse));
            return;
        }

        lignes.Add("S");
        lignes.Add(Texte(adresse.Nom, 70));
        lignes.Add(Texte(adresse.Rue, 70));
        lignes.Add(Texte(adresse.Numero, 16));
        lignes.Add(Texte(adresse.CodePostal, 16));
        lignes.Add(Texte(adresse.Localite, 35));
        lignes.Add(adresse.Pays);
    }

    private static string Texte(string? valeur, int longueur) =>
        valeur is null ? string.Empty : CaracteresIso20022.Texte(valeur, longueur);

    /// <summary>The payload as UTF-8 bytes, what a QR encoder takes (byte mode).</summary>
    public static byte[] EnOctets(FactureQr facture) => Encoding.UTF8.GetBytes(Generer(facture));
}
