namespace SocialErp.Modules.Statistiques.Excel;

/// <summary>The workbook's fixed stylesheet and the index of each cell style in it.</summary>
internal static class StylesXlsx
{
    public const int Defaut = 0;
    public const int EnTete = 1;
    public const int Montant = 2;
    public const int Date = 3;
    public const int Entier = 4;
    public const int Titre = 5;
    public const int TotalLibelle = 6;
    public const int TotalMontant = 7;
    public const int TotalEntier = 8;
    public const int SousTitre = 9;
    public const int DateHeure = 10;
    public const int Nombre = 11;

    public static int Pour(TypeColonne type) => type switch
    {
        TypeColonne.Montant => Montant,
        TypeColonne.Date => Date,
        TypeColonne.DateHeure => DateHeure,
        TypeColonne.Entier => Entier,
        TypeColonne.Nombre => Nombre,
        _ => Defaut,
    };

    public static int TotalPour(TypeColonne type) => type == TypeColonne.Montant ? TotalMontant : TotalEntier;

    public const string Xml =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"""
        + """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""
        + """<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.00\ &quot;CHF&quot;"/><numFmt numFmtId="165" formatCode="dd\.mm\.yyyy"/><numFmt numFmtId="166" formatCode="dd\.mm\.yyyy\ hh:mm"/></numFmts>"""
        + """<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"""
        + """<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font><font><i/><sz val="10"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font></fonts>"""
        + """<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"""
        + """<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>"""
        + """<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"""
        + """<border><left/><right/><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>"""
        + """<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"""
        + """<cellXfs count="12">"""
        + """<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"""
        + """<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf>"""
        + """<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""
        + """<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""
        + """<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""
        + """<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>"""
        + """<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>"""
        + """<xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>"""
        + """<xf numFmtId="3" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>"""
        + """<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>"""
        + """<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""
        + """<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""
        + """</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}
