using System.Text;
using SocialErp.BuildingBlocks.Export;

namespace SocialErp.Modules.Fiches.Features.CarnetAdresses;

/// <summary>
/// The address book as CSV for mailings and phone lists: semicolons, UTF-8 with BOM (Swiss Excel reads the accents),
/// one row per fiche, typed values neutralised against formulas.
/// </summary>
internal static class CsvCarnet
{
    public const string TypeContenu = "text/csv; charset=utf-8";

    private static readonly string[] EnTete =
        ["id", "type", "nom", "prenom", "categories", "rue", "numero", "complement", "case_postale", "npa", "localite", "pays", "email", "telephone", "mobile", "langue"];

    public static StreamWriter Ouvrir(Stream sortie)
    {
        var ecrivain = new StreamWriter(sortie, new UTF8Encoding(true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        ecrivain.WriteLine(string.Join(';', EnTete));
        return ecrivain;
    }

    public static Task EcrireAsync(StreamWriter ecrivain, LigneCarnetResponse ligne)
    {
        var a = ligne.Adresse;
        string?[] valeurs =
        [
            ligne.Id.ToString(), ligne.Type == Shared.TypeFicheDto.Organisation ? "organisation" : "personne", ligne.Nom, ligne.Prenom,
            string.Join(", ", ligne.Categories), a?.Rue, a?.Numero, a?.Complement, a?.CasePostale, a?.Npa, a?.Localite, a?.Pays,
            ligne.Email, ligne.Telephone, ligne.Mobile, ligne.Langue,
        ];
        return ecrivain.WriteLineAsync(string.Join(';', valeurs.Select(v => ChampCsv.EchapperSaisie(v))));
    }
}
