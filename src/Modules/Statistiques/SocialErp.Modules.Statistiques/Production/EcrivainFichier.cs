using System.Globalization;
using System.Text;
using System.Xml;
using SocialErp.BuildingBlocks.Export;
using SocialErp.Modules.Statistiques.Domain.Modeles;
using SocialErp.Modules.Statistiques.Excel;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>Writes a template's records in its declared format: CSV (separator, encoding), XML (declared elements) or XLSX.</summary>
internal static class EcrivainFichier
{
    public static (string TypeContenu, string Extension) Type(FormatModele format) => format.Type switch
    {
        "xml" => ("application/xml", "xml"),
        "xlsx" => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        _ => ($"text/csv; charset={format.Encodage}", "csv"),
    };

    public static void Ecrire(Stream sortie, DefinitionModele definition, ModeleStatistique modele, PeriodeStatistique periode,
        IReadOnlyList<Enregistrement> enregistrements, DateTime generation)
    {
        var exportees = definition.Variables!.Select((v, i) => (Variable: v, Index: i)).Where(p => p.Variable.Exportee != false).ToList();
        switch (definition.Format!.Type)
        {
            case "xml":
                EcrireXml(sortie, definition, modele, periode, enregistrements, exportees);
                break;
            case "xlsx":
                EcrireXlsx(sortie, definition, periode, enregistrements, exportees, generation);
                break;
            default:
                EcrireCsv(sortie, definition.Format, enregistrements, exportees);
                break;
        }
    }

    private static void EcrireCsv(Stream sortie, FormatModele format, IReadOnlyList<Enregistrement> enregistrements, List<(VariableModele Variable, int Index)> exportees)
    {
        var encodage = format.Encodage == "utf-8" ? new UTF8Encoding(false) : Encoding.Latin1;
        var separateur = format.Separateur!;
        using var ecrivain = new StreamWriter(sortie, encodage, 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        ecrivain.WriteLine(string.Join(separateur, exportees.Select(p => ChampCsv.Echapper(p.Variable.Code!, separateur))));
        foreach (var e in enregistrements)
        {
            ecrivain.WriteLine(string.Join(separateur, exportees.Select(p => ChampCsv.Echapper(ControlePlausibilite.Texte(e.Valeurs[p.Index]), separateur))));
        }
    }

    private static void EcrireXml(Stream sortie, DefinitionModele definition, ModeleStatistique modele, PeriodeStatistique periode,
        IReadOnlyList<Enregistrement> enregistrements, List<(VariableModele Variable, int Index)> exportees)
    {
        using var xml = XmlWriter.Create(sortie, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        xml.WriteStartElement(definition.Format!.Racine!);
        xml.WriteAttributeString("modele", modele.Code);
        xml.WriteAttributeString("version", modele.Version.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("periode", periode.Code);
        foreach (var e in enregistrements)
        {
            xml.WriteStartElement(definition.Format.Enregistrement!);
            foreach (var (variable, index) in exportees)
            {
                xml.WriteStartElement("variable");
                xml.WriteAttributeString("code", variable.Code);
                xml.WriteString(ControlePlausibilite.Texte(e.Valeurs[index]));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void EcrireXlsx(Stream sortie, DefinitionModele definition, PeriodeStatistique periode,
        IReadOnlyList<Enregistrement> enregistrements, List<(VariableModele Variable, int Index)> exportees, DateTime generation)
    {
        using var classeur = new ClasseurXlsx(sortie);
        var colonnes = exportees.Select(p => new ColonneXlsx(
            p.Variable.Libelle ?? p.Variable.Code!,
            p.Variable.Type switch { "montant" => TypeColonne.Montant, "date" => TypeColonne.Date, "entier" => TypeColonne.Entier, _ => TypeColonne.Texte },
            Total: p.Variable.Type == "montant")).ToList();
        var feuille = classeur.AjouterFeuille(definition.Code!, new EnTeteFeuille(definition.Libelle!, $"Période {periode.Code}", generation), colonnes);
        var ligne = new object?[exportees.Count];
        foreach (var e in enregistrements)
        {
            for (var i = 0; i < exportees.Count; i++)
            {
                ligne[i] = e.Valeurs[exportees[i].Index];
            }

            feuille.EcrireLigne(ligne);
        }

        feuille.Terminer();
    }
}
