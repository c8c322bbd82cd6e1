namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// Every field a merge lets the user choose, in API order: the one list the request validation, the merge, the
/// un-merge and the route's description read.
/// </summary>
internal static class ChampsFusion
{
    public static readonly IReadOnlyList<ChampFusion> Tous =
    [
        ChampFusion.De("nom", null, false, v => v.Nom, (v, x) => v with { Nom = x }),
        ChampFusion.De("prenom", TypeFiche.Personne, false, v => v.Prenom, (v, x) => v with { Prenom = x }),
        ChampFusion.De("autresNoms", TypeFiche.Personne, true, v => v.AutresNoms, (v, x) => v with { AutresNoms = x }),
        ChampFusion.De("dateNaissance", TypeFiche.Personne, false, v => v.DateNaissance, (v, x) => v with { DateNaissance = x }),
        ChampFusion.De("sexe", TypeFiche.Personne, true, v => v.Sexe, (v, x) => v with { Sexe = x }),
        ChampFusion.De("etatCivil", TypeFiche.Personne, true, v => v.EtatCivil, (v, x) => v with { EtatCivil = x }),
        ChampFusion.De("nationalite", TypeFiche.Personne, true, v => v.Nationalite, (v, x) => v with { Nationalite = x }),
        ChampFusion.De("langue", null, true, v => v.Langue, (v, x) => v with { Langue = x }),
        ChampFusion.De("numeroAvs", TypeFiche.Personne, false, v => v.NumeroAvs, (v, x) => v with { NumeroAvs = x }),
        ChampFusion.De("permisSejour", TypeFiche.Personne, true, v => v.PermisSejour, (v, x) => v with { PermisSejour = x }),
        ChampFusion.De("communeResidence", TypeFiche.Personne, true, v => v.CommuneResidence, (v, x) => v with { CommuneResidence = x }),
        ChampFusion.De("numeroIde", TypeFiche.Organisation, true, v => v.NumeroIde, (v, x) => v with { NumeroIde = x }),
        ChampFusion.De("formeJuridique", TypeFiche.Organisation, true, v => v.FormeJuridique, (v, x) => v with { FormeJuridique = x }),
        ChampFusion.De("email", null, false, v => v.Email, (v, x) => v with { Email = x }),
    ];

    public static ChampFusion? Trouver(string nom) => Tous.FirstOrDefault(c => c.Nom == nom);

    public static IEnumerable<string> Noms(TypeFiche type) => Tous.Where(c => c.Concerne(type)).Select(c => c.Nom);

    /// <summary>"personne : nom, prenom, … ; organisation : nom, numeroIde, …", for messages and the API description.</summary>
    public static string Description =>
        $"personne : {string.Join(", ", Noms(TypeFiche.Personne))} ; organisation : {string.Join(", ", Noms(TypeFiche.Organisation))}";

    /// <summary>
    /// The fields whose value comes from the absorbed fiche: those chosen so (<paramref name="choix"/>: field → true for
    /// the absorbed fiche, false for the kept one) and, without a choice, those <see cref="ChampFusion.CompleteParDefaut"/>
    /// that the kept fiche lacks and the absorbed fiche has.
    /// </summary>
    public static IReadOnlyList<ChampFusion> Repris(
        TypeFiche type, IReadOnlyDictionary<string, bool> choix, ValeursIdentite conservee, ValeursIdentite absorbee) =>
        Tous.Where(c => c.Concerne(type)
                && (choix.TryGetValue(c.Nom, out var absorbeeChoisie)
                    ? absorbeeChoisie
                    : c.CompleteParDefaut && c.EstVide(conservee) && !c.EstVide(absorbee)))
            .ToList();
}
