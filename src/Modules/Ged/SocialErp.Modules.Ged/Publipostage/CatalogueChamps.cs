using System.Text.RegularExpressions;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>
/// The merge fields a template may use. Fixed names for the recipient's fiche, the dossier, its allocation unit and the
/// dossier event that asked for an attestation; the dossier's referent, funding and path indicators
/// (<see cref="ValeursSuivi"/>); <c>dossier.champ.&lt;code&gt;</c> for the dossier's custom fields and
/// <c>budget.*</c> for the dossier's budget (<see cref="ValeursBudget"/>; a name the budget does not fill is reported missing).
/// </summary>
internal static partial class CatalogueChamps
{
    public const string PrefixeChampDossier = "dossier.champ.";
    public const string PrefixeBudget = "budget.";

    public static readonly IReadOnlyList<string> Fixes =
    [
        "date.jour",
        "fiche.civilite", "fiche.nom", "fiche.prenom", "fiche.nomComplet", "fiche.dateNaissance", "fiche.numeroAvs", "fiche.email",
        "fiche.adresse.ligne", "fiche.adresse.complement", "fiche.adresse.casePostale", "fiche.adresse.npa", "fiche.adresse.localite",
        "fiche.adresse.npaLocalite", "fiche.adresse.pays",
        "dossier.numero", "dossier.nom", "dossier.prestation", "dossier.statut", "dossier.dateOuverture", "dossier.communeDomicile",
        "ua.membres", "ua.nombreMembres",
        "evenement.type", "evenement.date", "evenement.motif", "evenement.commentaire",
    ];

    public static bool EstBienForme(string nom) => Nom().IsMatch(nom);

    public static bool EstConnu(string nom) =>
        Fixes.Contains(nom)
        || ValeursSuivi.Champs.Contains(nom)
        || (nom.StartsWith(PrefixeChampDossier, StringComparison.Ordinal) && nom.Length > PrefixeChampDossier.Length)
        || (nom.StartsWith(PrefixeBudget, StringComparison.Ordinal) && nom.Length > PrefixeBudget.Length);

    [GeneratedRegex(@"^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)+$")]
    private static partial Regex Nom();
}
