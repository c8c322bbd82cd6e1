namespace SocialErp.Modules.Statistiques.Domain.Modeles;

/// <summary>
/// What a template may name: per population, the source expressions over the read model (with their type), the
/// dimensions a grouped population may group by, and the filter keys each source accepts. Save-time validation and
/// the evaluator share this one list, so a template that saves always runs.
/// </summary>
internal static class CatalogueSources
{
    public const string Dossiers = "dossiers";
    public const string Ecritures = "ecritures";
    public const string Seances = "seances";

    private static readonly string[] FiltresEcritures = ["genreCompte", "typeCharge", "typePayeur", "compte", "prestation"];

    public static readonly IReadOnlyDictionary<string, SourceVariable> SourcesDossiers = new Dictionary<string, SourceVariable>
    {
        ["dossier.id"] = new("texte"),
        ["dossier.numero"] = new("texte"),
        ["dossier.nom"] = new("texte"),
        ["dossier.prestation"] = new("code"),
        ["dossier.commune"] = new("entier"),
        ["dossier.statut"] = new("code"),
        ["dossier.dateOuverture"] = new("date"),
        ["dossier.dateSortie"] = new("date"),
        ["dossier.motifSortie"] = new("texte"),
        ["dossier.entree"] = new("entier"),
        ["dossier.sortie"] = new("entier"),
        ["dossier.dureeMois"] = new("entier"),
        ["requerant.dateNaissance"] = new("date"),
        ["requerant.age"] = new("entier"),
        ["requerant.etatCivil"] = new("code"),
        ["requerant.nationalite"] = new("code"),
        ["ua.taille"] = new("entier"),
        ["ua.requerants"] = new("entier"),
        ["ua.adultes"] = new("entier"),
        ["ua.enfants"] = new("entier"),
        ["ecritures.debit"] = new("montant", FiltresEcritures),
        ["ecritures.credit"] = new("montant", FiltresEcritures),
        ["ecritures.net"] = new("montant", FiltresEcritures),
        ["paiements.total"] = new("montant", ["ordinaire"]),
        ["paiements.dernierOrdinaire"] = new("date"),
        ["seances.heures"] = new("montant", ["etat", "presence"]),
        ["evenements.nombre"] = new("entier", ["typeCode"]),
    };

    public static readonly IReadOnlyList<string> DimensionsEcritures = ["prestation", "commune", "typeCharge", "typePayeur", "genreCompte", "compte", "mois", "dossier"];

    public static readonly IReadOnlyList<string> DimensionsSeances = ["dossier", "prestation", "commune", "etat", "presence", "mois"];

    public static IReadOnlyList<string> Populations { get; } = [Dossiers, Ecritures, Seances];

    public static IReadOnlyList<string> Dimensions(string population) => population switch
    {
        Ecritures => DimensionsEcritures,
        Seances => DimensionsSeances,
        _ => [],
    };

    /// <summary>The sources a template of this population may use, for these grouping dimensions.</summary>
    public static IReadOnlyDictionary<string, SourceVariable> Sources(string population, IEnumerable<string> groupement)
    {
        if (population == Dossiers)
        {
            return SourcesDossiers;
        }

        var sources = groupement.ToDictionary(d => $"groupe.{d}", d => new SourceVariable(d is "commune" ? "entier" : "code"));
        if (population == Ecritures)
        {
            sources["somme.debit"] = new("montant", FiltresEcritures);
            sources["somme.credit"] = new("montant", FiltresEcritures);
            sources["somme.net"] = new("montant", FiltresEcritures);
            sources["nombre.dossiers"] = new("entier", FiltresEcritures);
            sources["nombre.personnes"] = new("entier", FiltresEcritures);
        }
        else if (population == Seances)
        {
            sources["somme.heures"] = new("montant", ["etat", "presence"]);
            sources["nombre.seances"] = new("entier", ["etat", "presence"]);
        }

        return sources;
    }
}

/// <summary>A source's value type and the filter keys it accepts.</summary>
internal sealed record SourceVariable(string Type, IReadOnlyList<string>? Filtres = null)
{
    public IReadOnlyList<string> FiltresAcceptes => Filtres ?? [];
}
