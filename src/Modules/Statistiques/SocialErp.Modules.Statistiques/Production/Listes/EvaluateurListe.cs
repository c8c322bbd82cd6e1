using SocialErp.Modules.Statistiques.Domain.Listes;

namespace SocialErp.Modules.Statistiques.Production.Listes;

/// <summary>A column of a list's result: a catalogue column, or a total of a grouped list.</summary>
internal sealed record ColonneResultat(string Code, string Libelle, TypeColonneListe Type, bool Totalisee);

/// <summary>A list's rows (values in column order) and the totals row over every source row (null when none asked).</summary>
internal sealed record ResultatListe(IReadOnlyList<ColonneResultat> Colonnes, IReadOnlyList<object?[]> Lignes, object?[]? Totaux);

/// <summary>
/// Evaluates a list: filters the entity's rows, then either projects the columns (totals under them) or groups on
/// the grouping columns with one column per total (the totals row is computed over all rows, not summed from the
/// groups, so averages and extremes stay right), then sorts.
/// </summary>
internal sealed class EvaluateurListe(SourceListe source)
{
    public async Task<ResultatListe> EvaluerAsync(DefinitionListe definition, DateOnly aujourdhui, CancellationToken cancellationToken)
    {
        var filtres = (definition.Filtres ?? []).Select(Filtre).ToList();
        var lignes = (await source.ChargerAsync(definition, aujourdhui, cancellationToken)).Where(l => filtres.TrueForAll(f => f(l)));
        var resultat = (definition.Groupement ?? []).Count > 0 ? Grouper(definition, lignes) : Projeter(definition, lignes);
        return resultat with { Lignes = Trier(definition, resultat) };
    }

    private static ResultatListe Projeter(DefinitionListe definition, IEnumerable<LigneSource> lignes)
    {
        var colonnes = definition.Colonnes!.Select(c => CatalogueColonnes.Trouver(c)!).ToList();
        var totaux = (definition.Totaux ?? []).Where(t => t.Colonne is not null).ToList();
        var cumuls = totaux.Select(t => (Index: colonnes.FindIndex(c => c.Code == t.Colonne), Cumul: new Cumul(t.Fonction!))).ToList();
        var rangees = new List<object?[]>();
        foreach (var ligne in lignes)
        {
            var valeurs = colonnes.Select(c => c.Valeur(ligne)).ToArray();
            cumuls.ForEach(c => c.Cumul.Ajouter(valeurs[c.Index]));
            rangees.Add(valeurs);
        }

        object?[]? rangeeTotaux = null;
        if (cumuls.Count > 0)
        {
            rangeeTotaux = new object?[colonnes.Count];
            cumuls.ForEach(c => rangeeTotaux[c.Index] = c.Cumul.Valeur);
        }

        var sorties = colonnes.Select(c => new ColonneResultat(c.Code, c.Libelle, c.Type, cumuls.Exists(t => colonnes[t.Index] == c))).ToList();
        return new ResultatListe(sorties, rangees, rangeeTotaux);
    }

    private static ResultatListe Grouper(DefinitionListe definition, IEnumerable<LigneSource> lignes)
    {
        var groupement = definition.Groupement!.Select(c => CatalogueColonnes.Trouver(c)!).ToList();
        var totaux = (definition.Totaux ?? []).ToList();
        var mesures = totaux.Select(t => CatalogueColonnes.Trouver(t.Colonne)).ToList();
        var groupes = new Dictionary<CleGroupe, Cumul[]>();
        var general = totaux.Select(t => new Cumul(t.Fonction!)).ToArray();
        foreach (var ligne in lignes)
        {
            var cle = new CleGroupe(groupement.Select(c => c.Valeur(ligne)).ToArray());
            if (!groupes.TryGetValue(cle, out var cumuls))
            {
                cumuls = totaux.Select(t => new Cumul(t.Fonction!)).ToArray();
                groupes[cle] = cumuls;
            }

            for (var i = 0; i < totaux.Count; i++)
            {
                var valeur = mesures[i] is { } mesure ? mesure.Valeur(ligne) : 1;
                cumuls[i].Ajouter(valeur);
                general[i].Ajouter(valeur);
            }
        }

        var colonnes = groupement.Select(c => new ColonneResultat(c.Code, c.Libelle, c.Type, false))
            .Concat(totaux.Select((t, i) => new ColonneResultat(t.Code, t.Libelle ?? Libelle(t, mesures[i]), TypeTotal(t, mesures[i]), true)))
            .ToList();
        var rangees = groupes.Select(g => g.Key.Valeurs.Concat(g.Value.Select(c => c.Valeur)).ToArray()).ToList();
        var rangeeTotaux = totaux.Count == 0 ? null : new object?[groupement.Count].Concat(general.Select(c => c.Valeur)).ToArray();
        return new ResultatListe(colonnes, rangees, rangeeTotaux);
    }

    private static List<object?[]> Trier(DefinitionListe definition, ResultatListe resultat)
    {
        var tri = (definition.Tri ?? []).Select(t => (Index: IndexDe(resultat, t.Colonne!), Desc: t.Ordre == "desc")).ToList();
        if (tri.Count == 0 && (definition.Groupement ?? []).Count > 0)
        {
            tri = Enumerable.Range(0, definition.Groupement!.Count).Select(i => (i, false)).ToList();
        }

        if (tri.Count == 0)
        {
            return [.. resultat.Lignes];
        }

        var ordonne = resultat.Lignes.Order(Comparer<object?[]>.Create((a, b) =>
        {
            foreach (var (index, desc) in tri)
            {
                var c = ValeursListe.Comparer(a[index], b[index]);
                if (c != 0)
                {
                    return desc ? -c : c;
                }
            }

            return 0;
        }));
        return [.. ordonne];
    }

    private static int IndexDe(ResultatListe resultat, string code)
    {
        for (var i = 0; i < resultat.Colonnes.Count; i++)
        {
            if (resultat.Colonnes[i].Code == code)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Colonne de tri absente : {code}.");
    }

    private static Func<LigneSource, bool> Filtre(FiltreListe filtre)
    {
        var colonne = CatalogueColonnes.Trouver(filtre.Colonne)!;
        var valeurs = (filtre.Valeurs ?? []).Select(v => ValeursListe.TryLire(colonne.Type, v, out var valeur) ? valeur : null).ToList();
        return filtre.Operateur switch
        {
            "egal" => l => ValeursListe.Comparer(colonne.Valeur(l), valeurs[0]) == 0,
            "different" => l => ValeursListe.Comparer(colonne.Valeur(l), valeurs[0]) != 0,
            "dans" => l => colonne.Valeur(l) is { } v && valeurs.Exists(x => ValeursListe.Comparer(v, x) == 0),
            "hors" => l => !(colonne.Valeur(l) is { } v && valeurs.Exists(x => ValeursListe.Comparer(v, x) == 0)),
            "min" => l => colonne.Valeur(l) is { } v && ValeursListe.Comparer(v, valeurs[0]) >= 0,
            "max" => l => colonne.Valeur(l) is { } v && ValeursListe.Comparer(v, valeurs[0]) <= 0,
            "contient" => l => colonne.Valeur(l) is string v && v.Contains((string)valeurs[0]!, StringComparison.OrdinalIgnoreCase),
            "vide" => l => colonne.Valeur(l) is null,
            _ => l => colonne.Valeur(l) is not null,
        };
    }

    private static string Libelle(TotalListe total, ColonneListe? mesure) => total.Fonction switch
    {
        "nombre" => mesure is null ? "Nombre" : $"Nombre ({mesure.Libelle})",
        "somme" => mesure!.Libelle,
        "moyenne" => $"Moyenne ({mesure!.Libelle})",
        "min" => $"Minimum ({mesure!.Libelle})",
        _ => $"Maximum ({mesure!.Libelle})",
    };

    private static TypeColonneListe TypeTotal(TotalListe total, ColonneListe? mesure) => total.Fonction switch
    {
        "nombre" => TypeColonneListe.Entier,
        "moyenne" when mesure!.Type == TypeColonneListe.Entier => TypeColonneListe.Nombre,
        _ => mesure!.Type,
    };

    /// <summary>A group's key: its grouping values, compared by value.</summary>
    private sealed class CleGroupe(object?[] valeurs) : IEquatable<CleGroupe>
    {
        public object?[] Valeurs { get; } = valeurs;

        public bool Equals(CleGroupe? other) => other is not null && Valeurs.SequenceEqual(other.Valeurs);

        public override bool Equals(object? obj) => Equals(obj as CleGroupe);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var valeur in Valeurs)
            {
                hash.Add(valeur);
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>Accumulates one total's values.</summary>
    private sealed class Cumul(string fonction)
    {
        private int _nombre;
        private decimal _somme;
        private object? _extreme;

        public void Ajouter(object? valeur)
        {
            if (valeur is null)
            {
                return;
            }

            _nombre++;
            if (valeur is int or decimal)
            {
                _somme += Convert.ToDecimal(valeur, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (_extreme is null || (fonction == "min" && ValeursListe.Comparer(valeur, _extreme) < 0) || (fonction == "max" && ValeursListe.Comparer(valeur, _extreme) > 0))
            {
                _extreme = valeur;
            }
        }

        public object? Valeur => fonction switch
        {
            "nombre" => _nombre,
            "somme" => _somme,
            "moyenne" => _nombre == 0 ? null : Math.Round(_somme / _nombre, 2, MidpointRounding.AwayFromZero),
            _ => _extreme,
        };
    }
}
