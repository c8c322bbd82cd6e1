using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using SocialErp.Modules.Statistiques.Excel;

namespace SocialErp.Modules.Statistiques.Tests;

/// <summary>The streaming writer's files, read back by the OpenXML SDK (with its schema validator) and by exceljs.</summary>
public sealed class ClasseurXlsxTests : IDisposable
{
    private readonly string _fichier = Path.Combine(Path.GetTempPath(), $"classeur-{Guid.NewGuid():N}.xlsx");

    private static readonly ColonneXlsx[] Colonnes =
    [
        new("Mois", TypeColonne.Texte),
        new("Dossier", TypeColonne.Texte, 14),
        new("Date", TypeColonne.Date),
        new("Personnes", TypeColonne.Entier, Total: true),
        new("Montant net", TypeColonne.Montant, Total: true),
    ];

    public void Dispose() => File.Delete(_fichier);

    [Fact]
    public void Ecrire_DeuxFeuillesEtUnGraphique_ValideSelonLeSdkSansErreur()
    {
        Ecrire();

        using var document = SpreadsheetDocument.Open(_fichier, false);
        var erreurs = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(erreurs.Count == 0, string.Join("\n", erreurs));
        var classeur = document.WorkbookPart!;
        Assert.Equal(["Analyse (2026)", "Commune 5586", "Évolution"], classeur.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray());
        Assert.Single(classeur.ChartsheetParts);
        Assert.Single(classeur.ChartsheetParts.Single().DrawingsPart!.ChartParts);
    }

    [Fact]
    public void Ecrire_Feuille_StylesVoletsFigesFiltreLargeursEtTotauxAvecFormule()
    {
        Ecrire();

        using var document = SpreadsheetDocument.Open(_fichier, false);
        var classeur = document.WorkbookPart!;
        var feuille = ((WorksheetPart)classeur.GetPartById(classeur.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        var volet = feuille.Descendants<Pane>().Single();
        Assert.Equal(4, volet.VerticalSplit!.Value);
        Assert.Equal(PaneStateValues.Frozen, volet.State!.Value);
        Assert.Equal("A4:E16", feuille.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Equal(14, feuille.Descendants<Column>().ElementAt(1).Width!.Value);
        var lignes = feuille.Descendants<Row>().ToList();
        Assert.Equal(17, lignes.Count); // titre, sous-titre, date, en-tête, 12 mois, totaux
        var total = lignes[^1].Elements<Cell>().ElementAt(4);
        Assert.Equal("SUBTOTAL(109,E5:E16)", total.CellFormula!.Text);
        Assert.Equal("7800", total.CellValue!.Text);
        var formats = classeur.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Select(f => f.FormatCode!.Value).ToList();
        Assert.Contains("#,##0.00\\ \"CHF\"", formats);
        var date = lignes[4].Elements<Cell>().ElementAt(2);
        Assert.Equal("46053", date.CellValue!.Text); // 31.01.2026
    }

    [Fact]
    public async Task Ecrire_LuParExceljs_MemesValeursVoletsFiltreEtResultatDesTotaux()
    {
        Ecrire();

        var lu = await LecteurIndependant.LireAsync(_fichier);

        var feuilles = lu.GetProperty("sheets").EnumerateArray().ToList();
        var analyse = feuilles.Single(f => f.GetProperty("name").GetString() == "Analyse (2026)");
        Assert.Equal(4, analyse.GetProperty("frozen").GetProperty("ySplit").GetInt32());
        Assert.Contains("A4:E16", analyse.GetProperty("autoFilter").ToString(), StringComparison.Ordinal);
        var lignes = analyse.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("Synthèse <annuelle> & \"nette\"", lignes[0].GetProperty("values")[0].GetString());
        var janvier = lignes.Single(l => l.GetProperty("number").GetInt32() == 5).GetProperty("values");
        Assert.Equal("2026-01", janvier[0].GetString());
        Assert.Equal("2026-01-31", janvier[2].GetString());
        Assert.Equal(100m, janvier[4].GetDecimal());
        var totaux = lignes.Single(l => l.GetProperty("number").GetInt32() == 17).GetProperty("values");
        Assert.Equal("Total", totaux[0].GetString());
        Assert.Equal(7800m, totaux[4].GetProperty("result").GetDecimal());
        Assert.Equal(2, feuilles.Count(f => f.GetProperty("name").GetString() != "Évolution"));
    }

    [Fact]
    public void Ecrire_FeuilleSansLigne_FiltreSurLEnTeteEtPasDeTotaux()
    {
        using (var flux = File.Create(_fichier))
        using (var classeur = new ClasseurXlsx(flux))
        {
            classeur.AjouterFeuille("Vide", null, Colonnes);
        }

        using var document = SpreadsheetDocument.Open(_fichier, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var feuille = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal("A1:E1", feuille.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Single(feuille.Descendants<Row>());
    }

    private void Ecrire()
    {
        using var flux = File.Create(_fichier);
        using var classeur = new ClasseurXlsx(flux);
        var analyse = classeur.AjouterFeuille("Analyse (2026)", new EnTeteFeuille("Synthèse <annuelle> & \"nette\"", "Période 2026", new DateTime(2026, 11, 22, 9, 30, 0, DateTimeKind.Utc)), Colonnes);
        for (var mois = 1; mois <= 12; mois++)
        {
            var fin = new DateOnly(2026, mois, 1).AddMonths(1).AddDays(-1);
            analyse.EcrireLigne([$"2026-{mois:00}", $"D-{mois}\u0001", fin, mois, mois * 100m]);
        }

        var commune = classeur.AjouterFeuille("Commune 5586", null, Colonnes);
        commune.EcrireLigne(["2026-01", null, null, 1, 1.5m]);
        classeur.AjouterGraphique("Évolution", "Montant net par mois", analyse, 0, [4]);
    }
}
