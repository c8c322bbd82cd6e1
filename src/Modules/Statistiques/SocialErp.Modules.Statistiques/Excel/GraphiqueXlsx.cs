using System.Security;
using System.Text;

namespace SocialErp.Modules.Statistiques.Excel;

/// <summary>The DrawingML parts of a native line chart on its own chart sheet.</summary>
internal static class GraphiqueXlsx
{
    private const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    public static string Dessin() =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="{A}">"""
        + """<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="9294091" cy="6003636"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Graphique 1"/>"""
        + """<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>"""
        + $"""<a:graphic><a:graphicData uri="{C}"><c:chart xmlns:c="{C}" xmlns:r="{FeuilleXlsx.Relations}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>""";

    public static string Courbes(string titre, FeuilleXlsx donnees, int colonneCategories, IReadOnlyList<int> colonnesSeries)
    {
        var feuille = ClasseurXlsx.Reference(donnees.Nom);
        var (premiere, derniere) = (donnees.PremiereLigne, Math.Max(donnees.DerniereLigne, donnees.PremiereLigne));
        var categories = FeuilleXlsx.Colonne(colonneCategories);
        var series = new StringBuilder();
        for (var i = 0; i < colonnesSeries.Count; i++)
        {
            var colonne = FeuilleXlsx.Colonne(colonnesSeries[i]);
            series.Append(FormattableString.Invariant(
                $"""<c:ser><c:idx val="{i}"/><c:order val="{i}"/><c:tx><c:strRef><c:f>{Echapper(feuille)}!${colonne}${donnees.LigneEnTete}</c:f></c:strRef></c:tx><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker><c:cat><c:strRef><c:f>{Echapper(feuille)}!${categories}${premiere}:${categories}${derniere}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>{Echapper(feuille)}!${colonne}${premiere}:${colonne}${derniere}</c:f></c:numRef></c:val><c:smooth val="0"/></c:ser>"""));
        }

        return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="{C}" xmlns:a="{A}" xmlns:r="{FeuilleXlsx.Relations}"><c:roundedCorners val="0"/><c:chart>"""
            + $"""<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>{Echapper(titre)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>"""
            + $"""<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{series}<c:marker val="1"/><c:axId val="500000001"/><c:axId val="500000002"/></c:lineChart>"""
            + """<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>"""
            + """<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>"""
            + """</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>""";
    }

    private static string Echapper(string texte) => SecurityElement.Escape(texte) ?? "";
}
