namespace SocialErp.Modules.Fiches.Contracts;

/// <summary>
/// The categories a fiche may have (several at once), as they travel in the API and in contract queries.
/// Other modules check roles against them (a dossier's prescripteur must be a fiche of that category).
/// </summary>
public static class CategoriesFiche
{
    public const string Usager = "usager";
    public const string Intervenant = "intervenant";
    public const string Medecin = "medecin";
    public const string Regie = "regie";
    public const string Employeur = "employeur";
    public const string Prescripteur = "prescripteur";
    public const string Financeur = "financeur";
    public const string TuteurCurateur = "tuteur-curateur";
    public const string Gestionnaire = "gestionnaire";
    public const string DonneurOrdre = "donneur-ordre";
    public const string Assurance = "assurance";
    public const string OfficePublic = "office-public";
    public const string Fournisseur = "fournisseur";
    public const string Etablissement = "etablissement";

    public static IReadOnlyList<string> Toutes { get; } =
    [
        Usager, Intervenant, Medecin, Regie, Employeur, Prescripteur, Financeur, TuteurCurateur, Gestionnaire,
        DonneurOrdre, Assurance, OfficePublic, Fournisseur, Etablissement,
    ];

    public static bool EstConnue(string? categorie) => categorie is not null && Toutes.Contains(categorie, StringComparer.Ordinal);
}
