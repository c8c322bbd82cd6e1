using System.Globalization;
using SocialErp.Modules.Statistiques.Domain.Modeles;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>Runs a template's plausibility rules, and the code lists of its variables, over every record.</summary>
internal static class ControlePlausibilite
{
    private const int ConstatsConserves = 500;

    public static RapportPlausibilite Controler(DefinitionModele definition, IReadOnlyList<Enregistrement> enregistrements)
    {
        var variables = definition.Variables!;
        var index = variables.Select((v, i) => (v.Code!, i)).ToDictionary(p => p.Item1, p => p.i);
        var constats = new List<Constat>();
        int erreurs = 0, avertissements = 0;
        void Noter(string regle, string niveau, Enregistrement e, string variable, string message)
        {
            if (niveau == "erreur")
            {
                erreurs++;
            }
            else
            {
                avertissements++;
            }

            if (constats.Count < ConstatsConserves)
            {
                constats.Add(new Constat(regle, niveau, e.Cle, variable, Texte(e.Valeurs[index[variable]]), message));
            }
        }

        foreach (var e in enregistrements)
        {
            for (var i = 0; i < variables.Count; i++)
            {
                if (variables[i].Valeurs is { } liste && e.Valeurs[i] is { } valeur && !liste.Contains(Texte(valeur)))
                {
                    Noter($"{variables[i].Code}.liste", "erreur", e, variables[i].Code!, $"Valeur hors de la liste de codes de {variables[i].Code}.");
                }
            }

            foreach (var regle in definition.Regles ?? [])
            {
                var valeur = e.Valeurs[index[regle.Variable!]];
                if (!Respectee(regle, valeur, regle.Autre is null ? null : e.Valeurs[index[regle.Autre]]))
                {
                    Noter(regle.Code!, regle.Niveau!, e, regle.Variable!, regle.Message ?? $"Règle {regle.Code} non respectée.");
                }
            }
        }

        return new RapportPlausibilite(erreurs, avertissements, constats);
    }

    private static bool Respectee(RegleModele regle, object? valeur, object? autre) => regle.Type switch
    {
        "requis" => valeur is not null && Texte(valeur).Length > 0,
        "valeur" => valeur is null || Nombre(valeur) == regle.Valeur,
        "min" => valeur is null || Nombre(valeur) >= regle.Valeur,
        "max" => valeur is null || Nombre(valeur) <= regle.Valeur,
        "egal" => valeur is null || autre is null || Egal(valeur, autre, regle.DecalageMois ?? 0),
        _ => true,
    };

    private static bool Egal(object valeur, object autre, int decalageMois) => (valeur, autre) switch
    {
        (DateOnly a, DateOnly b) => a == b.AddMonths(decalageMois),
        _ when Nombre(valeur) is { } x && Nombre(autre) is { } y => x == y,
        _ => Texte(valeur) == Texte(autre),
    };

    private static decimal? Nombre(object valeur) => valeur switch
    {
        int i => i,
        decimal d => d,
        _ => decimal.TryParse(Texte(valeur), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    public static string Texte(object? valeur) => valeur switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => valeur.ToString() ?? "",
    };
}

/// <summary>The plausibility findings of an execution: counts, and the first findings in detail.</summary>
internal sealed record RapportPlausibilite(int Erreurs, int Avertissements, IReadOnlyList<Constat> Constats);

/// <summary>One rule broken by one record.</summary>
internal sealed record Constat(string Regle, string Niveau, string Cle, string Variable, string Valeur, string Message);
