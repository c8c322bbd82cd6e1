using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SocialErp.BuildingBlocks.Export;

namespace SocialErp.Modules.Comptabilite.Features.Decomptes;

/// <summary>
/// A settlement as a file: CSV (UTF-8 with BOM, semicolons, invariant decimals, as Swiss Excel opens it) or XLSX
/// (OpenXML SDK: a sheet of lines with its totals row, a sheet of the split per commune). A settlement has at most a
/// few thousand rows, so the workbook is built in memory.
/// </summary>
internal static class ExportDecompte
{
    public const string TypeCsv = "text/csv";
    public const string TypeXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] EnTeteLignes = ["commune", "prestation", "brut", "remboursements", "net"];
    private static readonly string[] EnTeteRepartition = ["commune", "population", "net_propre", "charge_communale"];

    public static byte[] Csv(DecompteResponse decompte)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(';', EnTeteLignes).Append("\r\n");
        foreach (var l in decompte.Lignes)
        {
            csv.AppendJoin(';', Texte(l.Commune), ChampCsv.Echapper(l.Prestation), Texte(l.Brut), Texte(l.Remboursements), Texte(l.Net)).Append("\r\n");
        }

        var t = decompte.Totaux;
        csv.AppendJoin(';', "total", string.Empty, Texte(t.Brut), Texte(t.Remboursements), Texte(t.Net)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] Xlsx(DecompteResponse decompte)
    {
        using var memoire = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memoire, SpreadsheetDocumentType.Workbook))
        {
            var classeur = document.AddWorkbookPart();
            classeur.Workbook = new Workbook();
            var feuilles = classeur.Workbook.AppendChild(new Sheets());
            var lignes = decompte.Lignes.Select(l => new object?[] { l.Commune, l.Prestation, l.Brut, l.Remboursements, l.Net })
                .Append(["total", null, decompte.Totaux.Brut, decompte.Totaux.Remboursements, decompte.Totaux.Net]);
            AjouterFeuille(classeur, feuilles, 1, $"Décompte {decompte.Periode}", EnTeteLignes, lignes);
            AjouterFeuille(classeur, feuilles, 2, "Répartition", EnTeteRepartition,
                decompte.Repartition.Select(r => new object?[] { r.Commune, r.Population, r.NetPropre, r.ChargeCommunale }));
            classeur.Workbook.Save();
        }

        return memoire.ToArray();
    }

    private static void AjouterFeuille(WorkbookPart classeur, Sheets feuilles, uint numero, string nom, string[] entete, IEnumerable<object?[]> lignes)
    {
        var partie = classeur.AddNewPart<WorksheetPart>();
        var donnees = new SheetData();
        donnees.AppendChild(Ligne(entete.Cast<object?>().ToArray()));
        foreach (var ligne in lignes)
        {
            donnees.AppendChild(Ligne(ligne));
        }

        partie.Worksheet = new Worksheet(donnees);
        feuilles.AppendChild(new Sheet { Id = classeur.GetIdOfPart(partie), SheetId = numero, Name = nom.Length > 31 ? nom[..31] : nom });
    }

    private static Row Ligne(object?[] valeurs)
    {
        var ligne = new Row();
        foreach (var valeur in valeurs)
        {
            ligne.AppendChild(valeur switch
            {
                null => new Cell(),
                decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
                int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(valeur.ToString()!)) },
            });
        }

        return ligne;
    }

    private static string Texte(decimal montant) => montant.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Texte(int? nombre) => nombre?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
