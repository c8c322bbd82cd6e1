using System.Globalization;

namespace SocialErp.Modules.Statistiques.Domain.Listes;

/// <summary>Reads filter values in a column's type and compares typed values (nulls first).</summary>
internal static class ValeursListe
{
    public static bool TryLire(TypeColonneListe type, string? texte, out object? valeur)
    {
        valeur = null;
        if (texte is null)
        {
            return false;
        }

        var inv = CultureInfo.InvariantCulture;
        switch (type)
        {
            case TypeColonneListe.Entier when int.TryParse(texte, NumberStyles.Integer, inv, out var entier):
                valeur = entier;
                return true;
            case TypeColonneListe.Montant or TypeColonneListe.Nombre when decimal.TryParse(texte, NumberStyles.Number, inv, out var nombre):
                valeur = nombre;
                return true;
            case TypeColonneListe.Date when DateOnly.TryParseExact(texte, "yyyy-MM-dd", inv, DateTimeStyles.None, out var date):
                valeur = date;
                return true;
            case TypeColonneListe.Mois when DateOnly.TryParseExact(texte + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out _):
                valeur = texte;
                return true;
            case TypeColonneListe.Booleen when bool.TryParse(texte, out var booleen):
                valeur = booleen;
                return true;
            case TypeColonneListe.Texte:
                valeur = texte;
                return true;
            default:
                return false;
        }
    }

    public static int Comparer(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.Compare(x, y, StringComparison.Ordinal),
        (int x, decimal y) => ((decimal)x).CompareTo(y),
        (decimal x, int y) => x.CompareTo(y),
        (IComparable x, _) => x.CompareTo(b),
        _ => 0,
    };

    public static string Forme(TypeColonneListe type) => type switch
    {
        TypeColonneListe.Entier => "un entier",
        TypeColonneListe.Montant or TypeColonneListe.Nombre => "un nombre (point décimal)",
        TypeColonneListe.Date => "une date AAAA-MM-JJ",
        TypeColonneListe.Mois => "un mois AAAA-MM",
        TypeColonneListe.Booleen => "true ou false",
        _ => "un texte",
    };
}
