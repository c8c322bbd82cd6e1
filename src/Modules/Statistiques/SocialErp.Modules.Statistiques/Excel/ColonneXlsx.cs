namespace SocialErp.Modules.Statistiques.Excel;

/// <summary>How a column's cells are written and styled.</summary>
internal enum TypeColonne
{
    Texte,
    Entier,
    Montant,
    Nombre,
    Date,
    DateHeure,
}

/// <summary>A column of a sheet: its header, type, width (characters) and whether the totals row sums it.</summary>
internal sealed record ColonneXlsx(string Titre, TypeColonne Type, double? Largeur = null, bool Total = false)
{
    public double LargeurEffective => Largeur ?? Type switch
    {
        TypeColonne.Montant => 16,
        TypeColonne.Date => 12,
        TypeColonne.DateHeure => 17,
        TypeColonne.Entier or TypeColonne.Nombre => 11,
        _ => Math.Clamp(Titre.Length + 4, 12, 40),
    };
}

/// <summary>The lines above a sheet's table: title, subtitle (period…) and generation date.</summary>
internal sealed record EnTeteFeuille(string Titre, string? SousTitre, DateTime Generation);
