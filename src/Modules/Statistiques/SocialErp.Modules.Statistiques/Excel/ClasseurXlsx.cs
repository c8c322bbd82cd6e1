using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace SocialErp.Modules.Statistiques.Excel;

/// <summary>
/// A streaming XLSX writer: each part is written once, in order, straight into a <see cref="ZipArchive"/> in create
/// mode, so a million-row sheet costs no more memory than ten rows. Sheets are written one after the other (styled
/// header, frozen panes, autofilter, widths, totals); a chart sheet can plot columns of a finished sheet.
/// </summary>
internal sealed class ClasseurXlsx : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly List<(string Nom, bool Graphique, FeuilleXlsx? Feuille)> _feuilles = [];
    private FeuilleXlsx? _courante;
    private int _graphiques;
    private bool _termine;

    public ClasseurXlsx(Stream sortie, CompressionLevel compression = CompressionLevel.Fastest)
    {
        _zip = new ZipArchive(sortie, ZipArchiveMode.Create, leaveOpen: true);
        Compression = compression;
    }

    private CompressionLevel Compression { get; }

    public FeuilleXlsx AjouterFeuille(string nom, EnTeteFeuille? entete, IReadOnlyList<ColonneXlsx> colonnes)
    {
        ArgumentOutOfRangeException.ThrowIfZero(colonnes.Count);
        _courante?.Terminer();
        var numero = _feuilles.Count + 1;
        var nomUnique = NomFeuille(nom);
        var entree = _zip.CreateEntry($"xl/worksheets/sheet{numero}.xml", Compression).Open();
        _courante = new FeuilleXlsx(entree, nomUnique, numero, entete, colonnes);
        _feuilles.Add((nomUnique, false, _courante));
        return _courante;
    }

    /// <summary>A chart sheet with a line per series column of <paramref name="donnees"/> against its category column.</summary>
    public void AjouterGraphique(string nom, string titre, FeuilleXlsx donnees, int colonneCategories, IReadOnlyList<int> colonnesSeries)
    {
        _courante?.Terminer();
        donnees.Terminer();
        _courante = null;
        var numero = _feuilles.Count + 1;
        var k = ++_graphiques;
        var nomUnique = NomFeuille(nom);
        Ecrire($"xl/chartsheets/sheet{numero}.xml",
            $"""<chartsheet xmlns="{FeuilleXlsx.Main}" xmlns:r="{FeuilleXlsx.Relations}"><sheetViews><sheetView zoomToFit="1" workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>""");
        Ecrire($"xl/chartsheets/_rels/sheet{numero}.xml.rels", Rels(("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", $"../drawings/drawing{k}.xml")));
        Ecrire($"xl/drawings/drawing{k}.xml", GraphiqueXlsx.Dessin());
        Ecrire($"xl/drawings/_rels/drawing{k}.xml.rels", Rels(("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart", $"../charts/chart{k}.xml")));
        Ecrire($"xl/charts/chart{k}.xml", GraphiqueXlsx.Courbes(titre, donnees, colonneCategories, colonnesSeries));
        _feuilles.Add((nomUnique, true, null));
    }

    public void Dispose()
    {
        if (_termine)
        {
            return;
        }

        _termine = true;
        _courante?.Terminer();
        EcrireClasseur();
        _zip.Dispose();
    }

    private void EcrireClasseur()
    {
        var feuilles = new StringBuilder();
        var noms = new StringBuilder();
        for (var i = 0; i < _feuilles.Count; i++)
        {
            var (nom, _, feuille) = _feuilles[i];
            feuilles.Append(CultureInfo.InvariantCulture, $"""<sheet name="{SecurityElement.Escape(nom)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
            if (feuille?.ZoneFiltre is { } zone)
            {
                noms.Append(CultureInfo.InvariantCulture,
                    $"""<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">{SecurityElement.Escape(Reference(nom))}!{zone}</definedName>""");
            }
        }

        Ecrire("xl/workbook.xml",
            $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{FeuilleXlsx.Main}" xmlns:r="{FeuilleXlsx.Relations}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>{feuilles}</sheets>"""
            + (noms.Length > 0 ? $"<definedNames>{noms}</definedNames>" : "") + "</workbook>");
        var relations = _feuilles.Select((f, i) => ($"rId{i + 1}",
                f.Graphique ? "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                f.Graphique ? $"chartsheets/sheet{i + 1}.xml" : $"worksheets/sheet{i + 1}.xml"))
            .Append(($"rId{_feuilles.Count + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"))
            .ToArray();
        Ecrire("xl/_rels/workbook.xml.rels", Rels(relations));
        Ecrire("xl/styles.xml", StylesXlsx.Xml);
        Ecrire("_rels/.rels", Rels(("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")));
        Ecrire("[Content_Types].xml", TypesDeContenu());
    }

    private string TypesDeContenu()
    {
        const string Ml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        var types = new StringBuilder(
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"""
            + """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"""
            + $"""<Override PartName="/xl/workbook.xml" ContentType="{Ml}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="{Ml}.styles+xml"/>""");
        for (var i = 0; i < _feuilles.Count; i++)
        {
            types.Append(_feuilles[i].Graphique
                ? $"""<Override PartName="/xl/chartsheets/sheet{i + 1}.xml" ContentType="{Ml}.chartsheet+xml"/>"""
                : $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="{Ml}.worksheet+xml"/>""");
        }

        for (var k = 1; k <= _graphiques; k++)
        {
            types.Append(CultureInfo.InvariantCulture,
                $"""<Override PartName="/xl/drawings/drawing{k}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart{k}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>""");
        }

        return types.Append("</Types>").ToString();
    }

    private void Ecrire(string chemin, string contenu)
    {
        using var flux = _zip.CreateEntry(chemin, Compression).Open();
        var octets = Encoding.UTF8.GetBytes(contenu);
        flux.Write(octets);
    }

    private static string Rels(params (string Id, string Type, string Cible)[] relations) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + string.Concat(relations.Select(r => $"""<Relationship Id="{r.Id}" Type="{r.Type}" Target="{r.Cible}"/>"""))
        + "</Relationships>";

    /// <summary>A sheet name Excel accepts: 31 characters at most, none of []:*?/\, unique in the workbook.</summary>
    private string NomFeuille(string nom)
    {
        var propre = new string(nom.Select(c => "[]:*?/\\".Contains(c) ? '-' : c).ToArray()).Trim('\'');
        propre = string.IsNullOrWhiteSpace(propre) ? "Feuille" : propre;
        var candidat = propre.Length > 31 ? propre[..31] : propre;
        for (var n = 2; _feuilles.Any(f => string.Equals(f.Nom, candidat, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffixe = $" ({n})";
            candidat = (propre.Length + suffixe.Length > 31 ? propre[..(31 - suffixe.Length)] : propre) + suffixe;
        }

        return candidat;
    }

    internal static string Reference(string nomFeuille) => $"'{nomFeuille.Replace("'", "''", StringComparison.Ordinal)}'";
}
