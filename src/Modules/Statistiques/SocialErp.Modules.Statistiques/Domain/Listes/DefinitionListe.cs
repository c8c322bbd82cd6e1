using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialErp.Modules.Statistiques.Domain.Listes;

/// <summary>
/// A parametrisable list over the read model: which entity one row stands for, its columns, filters, grouping with
/// totals and sort. Stored as JSON in <see cref="ListeStatistique.Definition"/>.
/// </summary>
internal sealed record DefinitionListe
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary><see cref="CatalogueColonnes.Entites"/>: dossiers, ecritures, paiements, evenements, seances, personnes.</summary>
    public string? Entite { get; init; }

    /// <summary>One row per member of the dossier's allocation unit × entity row (dossiers, evenements, seances).</summary>
    public bool ParPersonne { get; init; }

    /// <summary>The columns of an ungrouped list; for a grouped one, optional (the grouping columns come first anyway).</summary>
    public IReadOnlyList<string>? Colonnes { get; init; }

    public IReadOnlyList<FiltreListe>? Filtres { get; init; }

    /// <summary>Columns whose values make one row each; the totals are then computed per group.</summary>
    public IReadOnlyList<string>? Groupement { get; init; }

    public IReadOnlyList<TotalListe>? Totaux { get; init; }

    public IReadOnlyList<TriListe>? Tri { get; init; }

    /// <summary>Excel: one sheet per value of this grouping column.</summary>
    public string? FeuilleParValeurDe { get; init; }

    /// <summary>Every column the definition names: shown, filtered, grouped or totalled.</summary>
    [JsonIgnore]
    public IEnumerable<string> ColonnesCitees =>
        (Colonnes ?? [])
            .Concat(Groupement ?? [])
            .Concat((Filtres ?? []).Select(f => f.Colonne))
            .Concat((Totaux ?? []).Select(t => t.Colonne))
            .OfType<string>();

    public static DefinitionListe? Lire(string json) => JsonSerializer.Deserialize<DefinitionListe>(json, Json);

    public string Ecrire() => JsonSerializer.Serialize(this, Json);
}

/// <summary>A condition on a column: egal, different, dans, hors, min, max, contient, vide, renseigne.</summary>
internal sealed record FiltreListe(string? Colonne, string? Operateur, IReadOnlyList<string>? Valeurs);

/// <summary>A total: nombre (rows), somme, moyenne, min, max of a column.</summary>
internal sealed record TotalListe(string? Fonction, string? Colonne, string? Libelle)
{
    /// <summary>The code of the output column it makes (<c>nombre</c>, <c>somme:ecriture.net</c>).</summary>
    [JsonIgnore]
    public string Code => Colonne is null ? Fonction ?? "" : $"{Fonction}:{Colonne}";
}

/// <summary>Sort on an output column, asc or desc.</summary>
internal sealed record TriListe(string? Colonne, string? Ordre);
