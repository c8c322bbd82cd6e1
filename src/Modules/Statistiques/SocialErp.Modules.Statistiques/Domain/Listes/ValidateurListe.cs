namespace SocialErp.Modules.Statistiques.Domain.Listes;

/// <summary>
/// Refuses at save time (field path as key: <c>colonnes[2]</c>, <c>filtres[0].valeurs[1]</c>, <c>tri[0].colonne</c>…)
/// anything the list evaluator could not run: unknown entity or column, a column the entity does not offer, a
/// filter value not of its column's type, a sum of a text column, a sort on a column the result does not have.
/// </summary>
internal static class ValidateurListe
{
    public const int LongueurNom = 200;

    private static readonly string[] Operateurs = ["egal", "different", "dans", "hors", "min", "max", "contient", "vide", "renseigne"];
    private static readonly string[] Fonctions = ["nombre", "somme", "moyenne", "min", "max"];
    private static readonly string[] Ordres = ["asc", "desc"];

    public static Dictionary<string, string[]> Valider(string? nom, DefinitionListe definition)
    {
        var erreurs = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Erreur(string champ, string message) =>
            erreurs[champ] = erreurs.TryGetValue(champ, out var deja) ? [.. deja, message] : [message];

        if (string.IsNullOrWhiteSpace(nom) || nom.Length > LongueurNom)
        {
            Erreur("nom", $"Le nom est requis ({LongueurNom} caractères au plus).");
        }

        if (definition.Entite is null || !CatalogueColonnes.Entites.Contains(definition.Entite))
        {
            Erreur("entite", $"Entité inconnue « {definition.Entite} » (attendu : {string.Join(", ", CatalogueColonnes.Entites)}).");
            return erreurs;
        }

        if (definition.ParPersonne && !CatalogueColonnes.EntitesParPersonne.Contains(definition.Entite))
        {
            Erreur("parPersonne", $"Une ligne par personne n'existe que pour {string.Join(", ", CatalogueColonnes.EntitesParPersonne)}.");
        }

        var familles = CatalogueColonnes.Familles(definition.Entite, definition.ParPersonne);
        ColonneListe? Colonne(string champ, string? code)
        {
            var colonne = CatalogueColonnes.Trouver(code);
            if (colonne is null)
            {
                Erreur(champ, $"Colonne inconnue « {code} ».");
            }
            else if (!familles.Contains(colonne.Famille))
            {
                Erreur(champ, $"La colonne « {code} » n'existe pas sur l'entité {definition.Entite}"
                    + (definition.ParPersonne ? "." : " (les colonnes personne. et membre. demandent une ligne par personne)."));
                return null;
            }

            return colonne;
        }

        var groupement = definition.Groupement ?? [];
        var colonnes = definition.Colonnes ?? [];
        if (colonnes.Count == 0 && groupement.Count == 0)
        {
            Erreur("colonnes", "Une liste a au moins une colonne (ou un groupement).");
        }

        for (var i = 0; i < colonnes.Count; i++)
        {
            Colonne($"colonnes[{i}]", colonnes[i]);
            if (groupement.Count > 0 && !groupement.Contains(colonnes[i]))
            {
                Erreur($"colonnes[{i}]", $"Une liste groupée ne montre que ses colonnes de groupement et ses totaux : « {colonnes[i]} » n'est pas groupée.");
            }
        }

        for (var i = 0; i < groupement.Count; i++)
        {
            Colonne($"groupement[{i}]", groupement[i]);
        }

        ValiderFiltres(definition, Colonne, Erreur);
        ValiderTotaux(definition, Colonne, Erreur);

        var sorties = (groupement.Count > 0 ? groupement : colonnes).Concat(groupement.Count > 0 ? (definition.Totaux ?? []).Where(t => t is not null).Select(t => t.Code) : [])
            .Where(c => c is not null).ToHashSet(StringComparer.Ordinal);
        var tri = definition.Tri ?? [];
        for (var i = 0; i < tri.Count; i++)
        {
            if (tri[i]?.Colonne is null || !sorties.Contains(tri[i].Colonne!))
            {
                Erreur($"tri[{i}].colonne", $"« {tri[i]?.Colonne} » n'est pas une colonne du résultat ({string.Join(", ", sorties)}).");
                continue;
            }

            if (tri[i].Ordre is not null && !Ordres.Contains(tri[i].Ordre))
            {
                Erreur($"tri[{i}].ordre", "Ordre asc ou desc.");
            }
        }

        if (definition.FeuilleParValeurDe is { } feuille && !groupement.Contains(feuille))
        {
            Erreur("feuilleParValeurDe", $"« {feuille} » doit être une colonne du groupement.");
        }

        return erreurs;
    }

    private static void ValiderFiltres(DefinitionListe definition, Func<string, string?, ColonneListe?> colonne, Action<string, string> erreur)
    {
        var filtres = definition.Filtres ?? [];
        for (var i = 0; i < filtres.Count; i++)
        {
            var filtre = filtres[i];
            if (filtre is null)
            {
                erreur($"filtres[{i}]", "Filtre vide.");
                continue;
            }

            var c = colonne($"filtres[{i}].colonne", filtre.Colonne);
            if (filtre.Operateur is null || !Operateurs.Contains(filtre.Operateur))
            {
                erreur($"filtres[{i}].operateur", $"Opérateur inconnu « {filtre.Operateur} » (attendu : {string.Join(", ", Operateurs)}).");
                continue;
            }

            var valeurs = filtre.Valeurs ?? [];
            var attendues = filtre.Operateur switch { "vide" or "renseigne" => 0, "dans" or "hors" => -1, _ => 1 };
            if ((attendues == -1 && valeurs.Count == 0) || (attendues >= 0 && valeurs.Count != attendues))
            {
                erreur($"filtres[{i}].valeurs", attendues switch
                {
                    0 => $"L'opérateur {filtre.Operateur} ne prend pas de valeur.",
                    1 => $"L'opérateur {filtre.Operateur} prend une valeur.",
                    _ => $"L'opérateur {filtre.Operateur} prend au moins une valeur.",
                });
                continue;
            }

            if (c is null)
            {
                continue;
            }

            if (filtre.Operateur == "contient" && c.Type != TypeColonneListe.Texte)
            {
                erreur($"filtres[{i}].operateur", "contient ne s'applique qu'à une colonne de texte.");
            }

            for (var j = 0; j < valeurs.Count; j++)
            {
                if (!ValeursListe.TryLire(c.Type, valeurs[j], out _))
                {
                    erreur($"filtres[{i}].valeurs[{j}]", $"« {valeurs[j]} » n'est pas {ValeursListe.Forme(c.Type)}.");
                }
            }
        }
    }

    private static void ValiderTotaux(DefinitionListe definition, Func<string, string?, ColonneListe?> colonne, Action<string, string> erreur)
    {
        var totaux = definition.Totaux ?? [];
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < totaux.Count; i++)
        {
            var total = totaux[i];
            if (total?.Fonction is null || !Fonctions.Contains(total.Fonction))
            {
                erreur($"totaux[{i}].fonction", $"Fonction inconnue « {total?.Fonction} » (attendu : {string.Join(", ", Fonctions)}).");
                continue;
            }

            if (total.Fonction == "nombre" && total.Colonne is null)
            {
                codes.Add(total.Code);
                continue;
            }

            var c = colonne($"totaux[{i}].colonne", total.Colonne);
            if (c is not null && total.Fonction is "somme" or "moyenne" && !c.EstNumerique)
            {
                erreur($"totaux[{i}].colonne", $"{total.Fonction} demande une colonne numérique : « {total.Colonne} » ne l'est pas.");
            }

            if (c is not null && (definition.Groupement ?? []).Count == 0 && !(definition.Colonnes ?? []).Contains(total.Colonne))
            {
                erreur($"totaux[{i}].colonne", $"Sans groupement, un total porte sur une colonne de la liste : « {total.Colonne} » n'en est pas une.");
            }

            if (!codes.Add(total.Code))
            {
                erreur($"totaux[{i}]", $"Total « {total.Code} » en double.");
            }
        }
    }
}
