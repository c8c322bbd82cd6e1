using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialErp.Modules.Statistiques.Domain.Modeles;

/// <summary>
/// A statistics template as data: who receives it, over which period kind and population, which variables (each
/// with a source expression over the read model), the output format and the plausibility rules. Stored as JSON.
/// </summary>
internal sealed record DefinitionModele
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string? Code { get; init; }

    public string? Libelle { get; init; }

    /// <summary>OFS, ODAS, OFAS, canton, commune.</summary>
    public string? Destinataire { get; init; }

    /// <summary>mois, trimestre, annee.</summary>
    public string? TypePeriode { get; init; }

    /// <summary>What one record stands for: <c>dossiers</c> (each dossier active in the period), <c>ecritures</c> or <c>seances</c> (grouped).</summary>
    public string? Population { get; init; }

    /// <summary>For grouped populations, the dimensions of one record (<c>prestation</c>, <c>commune</c>…).</summary>
    public IReadOnlyList<string>? Groupement { get; init; }

    /// <summary>The variable identifying a record across re-runs (defaults to the first one, or the grouping).</summary>
    public string? Cle { get; init; }

    public IReadOnlyList<VariableModele>? Variables { get; init; }

    public FormatModele? Format { get; init; }

    public IReadOnlyList<RegleModele>? Regles { get; init; }

    public PlanificationModele? Planification { get; init; }

    public static DefinitionModele? Lire(string json) => JsonSerializer.Deserialize<DefinitionModele>(json, Json);

    public string Ecrire() => JsonSerializer.Serialize(this, Json);
}

/// <summary>A variable of the template: its code in the file, type, source over the read model, optional filter and code list.</summary>
internal sealed record VariableModele
{
    public string? Code { get; init; }

    public string? Libelle { get; init; }

    /// <summary>texte, code, entier, montant, date.</summary>
    public string? Type { get; init; }

    public string? Source { get; init; }

    /// <summary>Restricts the lines a source adds up: dimension → accepted values (<c>{"genreCompte":["charge"]}</c>).</summary>
    public IReadOnlyDictionary<string, string[]>? Filtre { get; init; }

    /// <summary>The allowed values (code list): a value outside is a plausibility error.</summary>
    public IReadOnlyList<string>? Valeurs { get; init; }

    /// <summary>False for control variables that only rules use.</summary>
    public bool? Exportee { get; init; }
}

/// <summary>The file: CSV (separator, encoding), XML (root and record elements) or XLSX.</summary>
internal sealed record FormatModele
{
    public string? Type { get; init; }

    public string? Separateur { get; init; }

    public string? Encodage { get; init; }

    public string? Racine { get; init; }

    public string? Enregistrement { get; init; }
}

/// <summary>
/// A plausibility rule on each record: <c>requis</c>, <c>valeur</c> (equals <c>valeur</c>), <c>egal</c> (equals the
/// variable <c>autre</c>, a date shifted by <c>decalageMois</c>), <c>min</c>/<c>max</c>. <c>niveau</c>: erreur blocks
/// the "validée" status, avertissement does not.
/// </summary>
internal sealed record RegleModele
{
    public string? Code { get; init; }

    public string? Niveau { get; init; }

    public string? Type { get; init; }

    public string? Variable { get; init; }

    public string? Autre { get; init; }

    public int? DecalageMois { get; init; }

    public decimal? Valeur { get; init; }

    public string? Message { get; init; }
}

/// <summary>When the scheduler produces the previous period by itself: from this day of the month (and month, for yearly templates).</summary>
internal sealed record PlanificationModele
{
    public int? JourDuMois { get; init; }

    public int? Mois { get; init; }
}
