using System.Globalization;
using System.Text;
using System.Xml;

namespace SocialErp.Modules.Statistiques.Excel;

/// <summary>
/// One worksheet being streamed into the zip: rows go straight to the compressed entry, nothing is kept but the
/// running totals, so memory stays flat whatever the row count. Strings are written inline (no shared-strings table
/// to hold in memory).
/// </summary>
internal sealed class FeuilleXlsx
{
    internal const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    internal const string Relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly DateOnly Origine = new(1899, 12, 30);
    private readonly Stream _entree;
    private readonly XmlWriter _xml;
    private readonly IReadOnlyList<ColonneXlsx> _colonnes;
    private readonly decimal[] _totaux;
    private readonly char[] _tampon = new char[64];
    private readonly char[] _chiffresLigne = new char[12];
    private readonly char[][] _lettres;
    private int _longueurLigne;
    private int _ligne;

    internal FeuilleXlsx(Stream entree, string nom, int numero, EnTeteFeuille? entete, IReadOnlyList<ColonneXlsx> colonnes)
    {
        _entree = entree;
        Nom = nom;
        Numero = numero;
        _colonnes = colonnes;
        _totaux = new decimal[colonnes.Count];
        _lettres = Enumerable.Range(0, colonnes.Count).Select(i => Colonne(i).ToCharArray()).ToArray();
        _xml = XmlWriter.Create(entree, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false });
        LigneEnTete = entete is null ? 1 : 4;
        Commencer(entete);
    }

    public string Nom { get; }

    internal int Numero { get; }

    /// <summary>The row (1-based) of the column headers; data follow it.</summary>
    public int LigneEnTete { get; }

    public int PremiereLigne => LigneEnTete + 1;

    /// <summary>The last data row written (before the totals row).</summary>
    public int DerniereLigne { get; private set; }

    public int NombreColonnes => _colonnes.Count;

    internal bool Terminee { get; private set; }

    internal string? ZoneFiltre { get; private set; }

    public static string Colonne(int index)
    {
        var nom = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            nom = (char)('A' + ((n - 1) % 26)) + nom;
        }

        return nom;
    }

    public void EcrireLigne(IReadOnlyList<object?> valeurs)
    {
        DemarrerLigne();
        for (var i = 0; i < _colonnes.Count; i++)
        {
            EcrireCellule(valeurs[i], _colonnes[i], i);
        }

        _xml.WriteEndElement();
        DerniereLigne = _ligne;
    }

    /// <summary>Ends the sheet: totals row (SUBTOTAL formulas with their cached values), autofilter, page set-up.</summary>
    public void Terminer()
    {
        if (Terminee)
        {
            return;
        }

        var avecDonnees = DerniereLigne >= PremiereLigne;
        if (avecDonnees && _colonnes.Any(c => c.Total))
        {
            EcrireTotaux();
        }

        _xml.WriteEndElement(); // sheetData
        var fin = avecDonnees ? DerniereLigne : LigneEnTete;
        ZoneFiltre = $"$A${LigneEnTete}:${Colonne(_colonnes.Count - 1)}${fin}";
        _xml.WriteStartElement("autoFilter", Main);
        _xml.WriteAttributeString("ref", $"A{LigneEnTete}:{Colonne(_colonnes.Count - 1)}{fin}");
        _xml.WriteEndElement();
        _xml.WriteStartElement("pageMargins", Main);
        foreach (var (nom, valeur) in new[] { ("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3") })
        {
            _xml.WriteAttributeString(nom, valeur);
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement(); // worksheet
        _xml.Flush();
        _xml.Dispose();
        _entree.Dispose();
        Terminee = true;
    }

    private void Commencer(EnTeteFeuille? entete)
    {
        _xml.WriteStartDocument(true);
        _xml.WriteStartElement("worksheet", Main);
        _xml.WriteAttributeString("xmlns", "r", null, Relations);
        _xml.WriteStartElement("sheetViews", Main);
        _xml.WriteStartElement("sheetView", Main);
        if (Numero == 1)
        {
            _xml.WriteAttributeString("tabSelected", "1");
        }

        _xml.WriteAttributeString("workbookViewId", "0");
        _xml.WriteStartElement("pane", Main);
        _xml.WriteAttributeString("ySplit", LigneEnTete.ToString(CultureInfo.InvariantCulture));
        _xml.WriteAttributeString("topLeftCell", $"A{PremiereLigne}");
        _xml.WriteAttributeString("activePane", "bottomLeft");
        _xml.WriteAttributeString("state", "frozen");
        _xml.WriteEndElement();
        _xml.WriteStartElement("selection", Main);
        _xml.WriteAttributeString("pane", "bottomLeft");
        _xml.WriteAttributeString("activeCell", $"A{PremiereLigne}");
        _xml.WriteAttributeString("sqref", $"A{PremiereLigne}");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteStartElement("sheetFormatPr", Main);
        _xml.WriteAttributeString("defaultRowHeight", "15");
        _xml.WriteEndElement();
        _xml.WriteStartElement("cols", Main);
        for (var i = 0; i < _colonnes.Count; i++)
        {
            _xml.WriteStartElement("col", Main);
            var numero = (i + 1).ToString(CultureInfo.InvariantCulture);
            _xml.WriteAttributeString("min", numero);
            _xml.WriteAttributeString("max", numero);
            _xml.WriteAttributeString("width", _colonnes[i].LargeurEffective.ToString("0.##", CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customWidth", "1");
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteStartElement("sheetData", Main);
        if (entete is not null)
        {
            LigneTexte(entete.Titre, StylesXlsx.Titre);
            LigneTexte(entete.SousTitre ?? "", StylesXlsx.SousTitre);
            LigneTexte($"Généré le {entete.Generation.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)} UTC", StylesXlsx.SousTitre);
        }

        DemarrerLigne();
        for (var i = 0; i < _colonnes.Count; i++)
        {
            CelluleTexte(_colonnes[i].Titre, StylesXlsx.EnTete, i);
        }

        _xml.WriteEndElement();
    }

    private void LigneTexte(string texte, int style)
    {
        DemarrerLigne();
        CelluleTexte(texte, style, 0);
        _xml.WriteEndElement();
    }

    private void DemarrerLigne()
    {
        _ligne++;
        _xml.WriteStartElement("row", Main);
        _xml.WriteStartAttribute("r");
        _ligne.TryFormat(_chiffresLigne, out _longueurLigne, default, CultureInfo.InvariantCulture);
        _xml.WriteChars(_chiffresLigne, 0, _longueurLigne);
        _xml.WriteEndAttribute();
    }

    /// <summary>Opens a cell with its reference (<c>C12</c>): some readers (exceljs) need it on every cell.</summary>
    private void DemarrerCellule(int colonne)
    {
        _xml.WriteStartElement("c", Main);
        _xml.WriteStartAttribute("r");
        _xml.WriteChars(_lettres[colonne], 0, _lettres[colonne].Length);
        _xml.WriteChars(_chiffresLigne, 0, _longueurLigne);
        _xml.WriteEndAttribute();
    }

    private void EcrireCellule(object? valeur, ColonneXlsx colonne, int index)
    {
        switch (valeur)
        {
            case null:
                return;
            case string texte:
                CelluleTexte(texte, StylesXlsx.Defaut, index);
                return;
            case decimal montant:
                _totaux[index] += montant;
                CelluleNombre(montant, StylesXlsx.Pour(colonne.Type), index);
                return;
            case int entier:
                _totaux[index] += entier;
                CelluleNombre(entier, StylesXlsx.Pour(colonne.Type), index);
                return;
            case long grand:
                _totaux[index] += grand;
                CelluleNombre(grand, StylesXlsx.Pour(colonne.Type), index);
                return;
            case double reel:
                CelluleNombre(reel, StylesXlsx.Pour(colonne.Type), index);
                return;
            case DateOnly date:
                CelluleNombre(date.DayNumber - Origine.DayNumber, StylesXlsx.Date, index);
                return;
            case DateTime instant:
                CelluleNombre(instant.ToOADate(), StylesXlsx.DateHeure, index);
                return;
            case bool booleen:
                DemarrerCellule(index);
                _xml.WriteAttributeString("t", "b");
                _xml.WriteElementString("v", Main, booleen ? "1" : "0");
                _xml.WriteEndElement();
                return;
            default:
                CelluleTexte(Convert.ToString(valeur, CultureInfo.InvariantCulture) ?? "", StylesXlsx.Defaut, index);
                return;
        }
    }

    private void CelluleTexte(string texte, int style, int colonne)
    {
        DemarrerCellule(colonne);
        if (style != StylesXlsx.Defaut)
        {
            _xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }

        _xml.WriteAttributeString("t", "inlineStr");
        _xml.WriteStartElement("is", Main);
        _xml.WriteStartElement("t", Main);
        if (texte.Length > 0 && (char.IsWhiteSpace(texte[0]) || char.IsWhiteSpace(texte[^1])))
        {
            _xml.WriteAttributeString("xml", "space", null, "preserve");
        }

        _xml.WriteString(Nettoyer(texte));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void CelluleNombre<T>(T nombre, int style, int colonne)
        where T : ISpanFormattable
    {
        DemarrerCellule(colonne);
        if (style != StylesXlsx.Defaut)
        {
            _xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }

        _xml.WriteStartElement("v", Main);
        nombre.TryFormat(_tampon, out var longueur, default, CultureInfo.InvariantCulture);
        _xml.WriteChars(_tampon, 0, longueur);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void EcrireTotaux()
    {
        DemarrerLigne();
        for (var i = 0; i < _colonnes.Count; i++)
        {
            if (_colonnes[i].Total)
            {
                var lettre = Colonne(i);
                DemarrerCellule(i);
                _xml.WriteAttributeString("s", StylesXlsx.TotalPour(_colonnes[i].Type).ToString(CultureInfo.InvariantCulture));
                _xml.WriteElementString("f", Main, $"SUBTOTAL(109,{lettre}{PremiereLigne}:{lettre}{DerniereLigne})");
                _xml.WriteElementString("v", Main, _totaux[i].ToString(CultureInfo.InvariantCulture));
                _xml.WriteEndElement();
            }
            else
            {
                CelluleTexte(i == 0 ? "Total" : "", StylesXlsx.TotalLibelle, i);
            }
        }

        _xml.WriteEndElement();
    }

    /// <summary>Characters XML 1.0 cannot carry (control characters) become spaces.</summary>
    private static string Nettoyer(string texte)
    {
        foreach (var c in texte)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return string.Create(texte.Length, texte, (span, source) =>
                {
                    for (var i = 0; i < source.Length; i++)
                    {
                        span[i] = source[i] < ' ' && source[i] is not ('\t' or '\n' or '\r') ? ' ' : source[i];
                    }
                });
            }
        }

        return texte;
    }
}
