using System.Globalization;
using System.Text;
using SocialErp.BuildingBlocks.Export;
using SocialErp.Modules.Statistiques.Domain.Listes;
using SocialErp.Modules.Statistiques.Excel;

namespace SocialErp.Modules.Statistiques.Production.Listes;

/// <summary>
/// Writes a list's result as CSV (<c>;</c>, UTF-8 with BOM so Excel reads accents, invariant numbers, ISO dates) or
/// as an XLSX workbook for people through the streaming writer: title, filters and generation date above a styled
/// table, CHF amounts, real dates, totals row, one sheet per value of a grouping column when the list asks for it.
/// </summary>
internal static class EcrivainListe
{
    public const string TypeCsv = "text/csv; charset=utf-8";
    public const string TypeXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string TypeContenu(string format) => format == "xlsx" ? TypeXlsx : TypeCsv;

    public static void Ecrire(Stream sortie, string format, string nom, DefinitionListe definition, ResultatListe resultat, DateTime generation)
    {
        if (format == "xlsx")
        {
            EcrireXlsx(sortie, nom, definition, resultat, generation);
        }
        else
        {
            EcrireCsv(sortie, resultat);
        }
    }

    /// <summary>A file name from the list's name: letters, digits and dashes.</summary>
    public static string NomFichier(string nom, string format, DateTime generation)
    {
        var propre = new string(nom.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        while (propre.Contains("--", StringComparison.Ordinal))
        {
            propre = propre.Replace("--", "-", StringComparison.Ordinal);
        }

        propre = propre.Trim('-');
        return $"{(propre.Length > 60 ? propre[..60] : propre)}_{generation:yyyyMMdd-HHmm}.{format}";
    }

    private static void EcrireCsv(Stream sortie, ResultatListe resultat)
    {
        using var ecrivain = new StreamWriter(sortie, new UTF8Encoding(true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        ecrivain.WriteLine(string.Join(';', resultat.Colonnes.Select(c => Champ(c.Libelle))));
        foreach (var ligne in resultat.Lignes)
        {
            ecrivain.WriteLine(string.Join(';', ligne.Select(v => Champ(Texte(v)))));
        }

        if (resultat.Totaux is { } totaux)
        {
            ecrivain.WriteLine(string.Join(';', totaux.Select((v, i) => Champ(i == 0 && v is null ? "Total" : Texte(v)))));
        }
    }

    private static void EcrireXlsx(Stream sortie, string nom, DefinitionListe definition, ResultatListe resultat, DateTime generation)
    {
        using var classeur = new ClasseurXlsx(sortie);
        var colonnes = resultat.Colonnes.Select(c => new ColonneXlsx(c.Libelle, Type(c.Type), Total: c.Totalisee && c.Type != TypeColonneListe.Mois && SommeAdditive(definition, c))).ToList();
        var sousTitre = SousTitre(definition, resultat.Lignes.Count);
        var parFeuille = definition.FeuilleParValeurDe is { } code ? resultat.Colonnes.ToList().FindIndex(c => c.Code == code) : -1;
        if (parFeuille < 0)
        {
            EcrireFeuille(classeur, nom, new EnTeteFeuille(nom, sousTitre, generation), colonnes, resultat.Lignes);
            return;
        }

        foreach (var groupe in resultat.Lignes.GroupBy(l => Texte(l[parFeuille])).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var titre = $"{nom} — {resultat.Colonnes[parFeuille].Libelle} {(groupe.Key.Length == 0 ? "(vide)" : groupe.Key)}";
            EcrireFeuille(classeur, groupe.Key.Length == 0 ? "(vide)" : groupe.Key, new EnTeteFeuille(titre, sousTitre, generation), colonnes, groupe);
        }
    }

    private static void EcrireFeuille(ClasseurXlsx classeur, string nom, EnTeteFeuille entete, IReadOnlyList<ColonneXlsx> colonnes, IEnumerable<object?[]> lignes)
    {
        var feuille = classeur.AjouterFeuille(nom, entete, colonnes);
        foreach (var ligne in lignes)
        {
            feuille.EcrireLigne(ligne);
        }

        feuille.Terminer();
    }

    /// <summary>The sheet's totals row sums (SUBTOTAL 109): right for sums and counts, not for averages or extremes.</summary>
    private static bool SommeAdditive(DefinitionListe definition, ColonneResultat colonne) =>
        (definition.Groupement ?? []).Count == 0
            ? (definition.Totaux ?? []).Any(t => t.Colonne == colonne.Code && t.Fonction is "somme" or "nombre")
            : colonne.Code == "nombre" || colonne.Code.StartsWith("somme:", StringComparison.Ordinal) || colonne.Code.StartsWith("nombre:", StringComparison.Ordinal);

    private static string SousTitre(DefinitionListe definition, int lignes)
    {
        var filtres = (definition.Filtres ?? []).Select(f => $"{CatalogueColonnes.Trouver(f.Colonne)?.Libelle ?? f.Colonne} {f.Operateur} {string.Join(", ", f.Valeurs ?? [])}".TrimEnd());
        var texte = string.Join(" · ", filtres);
        return $"{lignes} ligne(s){(texte.Length > 0 ? " · " + texte : "")}";
    }

    private static TypeColonne Type(TypeColonneListe type) => type switch
    {
        TypeColonneListe.Montant => TypeColonne.Montant,
        TypeColonneListe.Entier => TypeColonne.Entier,
        TypeColonneListe.Nombre => TypeColonne.Nombre,
        TypeColonneListe.Date => TypeColonne.Date,
        _ => TypeColonne.Texte,
    };

    private static string Texte(object? valeur) => valeur is bool b ? (b ? "oui" : "non") : ControlePlausibilite.Texte(valeur);

    private static string Champ(string valeur) => ChampCsv.Echapper(valeur);
}
