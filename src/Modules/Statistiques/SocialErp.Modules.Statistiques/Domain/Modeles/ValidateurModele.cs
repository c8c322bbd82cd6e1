using System.Text.RegularExpressions;

namespace SocialErp.Modules.Statistiques.Domain.Modeles;

/// <summary>
/// Checks a template revision before it is saved: every variable's source exists for the population, filters name
/// accepted keys, every rule refers to declared variables, the format is one we can write. Errors are keyed by the
/// JSON path of the offending field, for a 400 at save time rather than a failure at run time.
/// </summary>
internal static partial class ValidateurModele
{
    private static readonly string[] Destinataires = ["OFS", "ODAS", "OFAS", "canton", "commune"];
    private static readonly string[] TypesVariable = ["texte", "code", "entier", "montant", "date"];
    private static readonly string[] TypesRegle = ["requis", "valeur", "egal", "min", "max"];
    private static readonly string[] Niveaux = ["erreur", "avertissement"];
    private static readonly string[] Formats = ["csv", "xml", "xlsx"];
    private static readonly string[] Encodages = ["utf-8", "iso-8859-1", "windows-1252"];

    public static Dictionary<string, string[]> Valider(DefinitionModele definition)
    {
        var erreurs = new Dictionary<string, List<string>>();
        void Ajouter(string champ, string message)
        {
            if (!erreurs.TryGetValue(champ, out var liste))
            {
                erreurs[champ] = liste = [];
            }

            liste.Add(message);
        }

        if (definition.Code is null || !CodeValide().IsMatch(definition.Code))
        {
            Ajouter("code", "Le code est requis : lettres minuscules, chiffres et tirets (60 caractères au plus).");
        }

        if (string.IsNullOrWhiteSpace(definition.Libelle) || definition.Libelle.Length > 200)
        {
            Ajouter("libelle", "Le libellé est requis (200 caractères au plus).");
        }

        if (!Destinataires.Contains(definition.Destinataire))
        {
            Ajouter("destinataire", $"Le destinataire est l'un de : {string.Join(", ", Destinataires)}.");
        }

        if (PeriodeStatistique.Types.Contains(definition.TypePeriode) is false)
        {
            Ajouter("typePeriode", $"Le type de période est l'un de : {string.Join(", ", PeriodeStatistique.Types)}.");
        }

        var population = definition.Population ?? "";
        if (!CatalogueSources.Populations.Contains(population))
        {
            Ajouter("population", $"La population est l'une de : {string.Join(", ", CatalogueSources.Populations)}.");
        }

        var groupement = definition.Groupement ?? [];
        var dimensions = CatalogueSources.Dimensions(population);
        for (var i = 0; i < groupement.Count; i++)
        {
            if (!dimensions.Contains(groupement[i]))
            {
                Ajouter($"groupement[{i}]", $"Dimension inconnue pour la population « {population} » : « {groupement[i]} ». Connues : {string.Join(", ", dimensions)}.");
            }
        }

        var sources = CatalogueSources.Sources(population, groupement);
        var variables = definition.Variables ?? [];
        if (variables.Count == 0)
        {
            Ajouter("variables", "Un modèle déclare au moins une variable.");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < variables.Count; i++)
        {
            var variable = variables[i];
            if (variable.Code is null || !CodeVariable().IsMatch(variable.Code) || !codes.Add(variable.Code))
            {
                Ajouter($"variables[{i}].code", "Code de variable requis, unique, fait de lettres, chiffres, « _ » ou « - ».");
            }

            if (!TypesVariable.Contains(variable.Type))
            {
                Ajouter($"variables[{i}].type", $"Le type est l'un de : {string.Join(", ", TypesVariable)}.");
            }

            if (variable.Source is null || !sources.TryGetValue(variable.Source, out var source))
            {
                Ajouter($"variables[{i}].source", $"Source inconnue : « {variable.Source} ». Sources de la population « {population} » : {string.Join(", ", sources.Keys)}.");
                continue;
            }

            foreach (var cle in (variable.Filtre ?? new Dictionary<string, string[]>()).Keys.Where(k => !source.FiltresAcceptes.Contains(k)))
            {
                Ajouter($"variables[{i}].filtre.{cle}", $"La source « {variable.Source} » ne se filtre pas par « {cle} ». Filtres acceptés : {string.Join(", ", source.FiltresAcceptes)}.");
            }
        }

        if (definition.Cle is not null && !codes.Contains(definition.Cle))
        {
            Ajouter("cle", $"La clé « {definition.Cle} » n'est pas une variable du modèle.");
        }

        ValiderFormat(definition.Format, Ajouter);
        var regles = definition.Regles ?? [];
        for (var i = 0; i < regles.Count; i++)
        {
            var regle = regles[i];
            if (string.IsNullOrWhiteSpace(regle.Code))
            {
                Ajouter($"regles[{i}].code", "Chaque règle a un code.");
            }

            if (!TypesRegle.Contains(regle.Type))
            {
                Ajouter($"regles[{i}].type", $"Le type de règle est l'un de : {string.Join(", ", TypesRegle)}.");
            }

            if (!Niveaux.Contains(regle.Niveau))
            {
                Ajouter($"regles[{i}].niveau", "Le niveau est « erreur » ou « avertissement ».");
            }

            if (regle.Variable is null || !codes.Contains(regle.Variable))
            {
                Ajouter($"regles[{i}].variable", $"La règle porte sur une variable inconnue : « {regle.Variable} ».");
            }

            if (regle.Type == "egal" && (regle.Autre is null || !codes.Contains(regle.Autre)))
            {
                Ajouter($"regles[{i}].autre", $"La règle compare à une variable inconnue : « {regle.Autre} ».");
            }

            if (regle.Type is "valeur" or "min" or "max" && regle.Valeur is null)
            {
                Ajouter($"regles[{i}].valeur", "Une règle « valeur », « min » ou « max » donne sa valeur.");
            }
        }

        if (definition.Planification is { } planification
            && (planification.JourDuMois is not (>= 1 and <= 28) || planification.Mois is not (null or (>= 1 and <= 12))))
        {
            Ajouter("planification", "La planification donne un jour du mois entre 1 et 28 (et un mois entre 1 et 12 pour un modèle annuel).");
        }

        return erreurs.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void ValiderFormat(FormatModele? format, Action<string, string> ajouter)
    {
        if (format is null || !Formats.Contains(format.Type))
        {
            ajouter("format.type", $"Le format est l'un de : {string.Join(", ", Formats)}.");
            return;
        }

        if (format.Type == "csv" && format.Separateur is not { Length: 1 })
        {
            ajouter("format.separateur", "Un fichier CSV déclare son séparateur (un caractère).");
        }

        if (format.Type == "csv" && !Encodages.Contains(format.Encodage))
        {
            ajouter("format.encodage", $"L'encodage est l'un de : {string.Join(", ", Encodages)}.");
        }

        if (format.Type == "xml" && (format.Racine is null || !NomXml().IsMatch(format.Racine) || format.Enregistrement is null || !NomXml().IsMatch(format.Enregistrement)))
        {
            ajouter("format.racine", "Un fichier XML déclare ses éléments « racine » et « enregistrement » (noms XML valides).");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex CodeValide();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,50}$")]
    private static partial Regex CodeVariable();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]{0,59}$")]
    private static partial Regex NomXml();
}
