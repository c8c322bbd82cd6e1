using System.Globalization;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>
/// The <c>referent.*</c>, <c>financement.*</c> and <c>parcours.*</c> merge fields of a dossier (reports to the funder,
/// attestations, bilans): its principal referent as the user directory names them, its funding with the funders'
/// names, and its path indicators. A value the dossier lacks (no referent, no funding, a funder the user cannot see,
/// no exit yet) stays absent and is reported missing.
/// </summary>
internal static class ValeursSuivi
{
    public static readonly IReadOnlyList<string> Champs =
    [
        "referent.nomComplet", "referent.nom", "referent.prenom", "referent.email", "referent.telephone",
        "financement.financeur", "financement.typeFinanceur", "financement.convention", "financement.conventionDu",
        "financement.conventionAu", "financement.heuresFinancees", "financement.modeMontant", "financement.montant",
        "financement.montantTotal", "financement.financeurs",
        "parcours.dateEntree", "parcours.dateSortie", "parcours.dureeJours", "parcours.heuresPlanifiees",
        "parcours.heuresRealisees", "parcours.heuresRestantes", "parcours.seancesEmargees", "parcours.seancesPresent",
        "parcours.tauxPresence", "parcours.tauxReussite",
    ];

    private static readonly IReadOnlyDictionary<string, string> LibellesMode = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["total"] = "montant total",
        ["taux-horaire"] = "tarif horaire",
        ["forfait"] = "forfait",
    };

    public static void Ajouter(
        Dictionary<string, string?> valeurs, SuiviDossierApercu suivi, UtilisateurAnnuaire? referent, IReadOnlyList<FicheApercu> financeurs)
    {
        if (referent is not null)
        {
            valeurs["referent.nom"] = referent.Nom;
            valeurs["referent.prenom"] = referent.Prenom;
            var nomComplet = string.Join(' ', new[] { referent.Prenom, referent.Nom }.Where(p => !string.IsNullOrWhiteSpace(p)));
            valeurs["referent.nomComplet"] = nomComplet.Length == 0 ? null : nomComplet;
            valeurs["referent.email"] = referent.Email;
            valeurs["referent.telephone"] = referent.Telephone;
        }

        if (suivi.Financement is { } financement)
        {
            Financement(valeurs, financement, financeurs.ToDictionary(f => f.Id));
        }

        Parcours(valeurs, suivi.Parcours, suivi.Financement?.HeuresFinancees);
    }

    private static void Financement(Dictionary<string, string?> valeurs, FinancementApercu financement, Dictionary<Guid, FicheApercu> financeurs)
    {
        string? Nom(Guid ficheId) => financeurs.TryGetValue(ficheId, out var fiche) ? ValeursFusion.NomComplet(fiche) : null;

        valeurs["financement.financeur"] = Nom(financement.FinanceurPrincipalId);
        valeurs["financement.typeFinanceur"] = financement.TypeFinanceur;
        valeurs["financement.convention"] = financement.ConventionReference;
        valeurs["financement.conventionDu"] = financement.ConventionDu is { } du ? FormatsFusion.Date(du) : null;
        valeurs["financement.conventionAu"] = financement.ConventionAu is { } au ? FormatsFusion.Date(au) : null;
        valeurs["financement.heuresFinancees"] = financement.HeuresFinancees is { } heures ? FormatsFusion.Heures(heures) : null;
        valeurs["financement.modeMontant"] = LibellesMode.GetValueOrDefault(financement.ModeMontant, financement.ModeMontant);
        valeurs["financement.montant"] = FormatsFusion.Chf(financement.Montant);
        valeurs["financement.montantTotal"] = FormatsFusion.Chf(financement.MontantTotal);

        // One line per funder, the main one first, with its part of the split; absent when a funder cannot be named.
        var parts = new List<(Guid FicheId, decimal? Part)> { (financement.FinanceurPrincipalId, financement.PartPrincipale) };
        parts.AddRange(financement.CoFinanceurs.Select(c => (c.FicheId, (decimal?)c.Part)));
        var lignes = parts.Select(p => Nom(p.FicheId) is { } nom ? $"{nom}{Part(financement.Repartition, p.Part)}" : null).ToList();
        valeurs["financement.financeurs"] = lignes.All(l => l is not null) ? string.Join('\n', lignes) : null;
    }

    private static string Part(string? repartition, decimal? part) => (repartition, part) switch
    {
        (_, null) => "",
        ("pourcentage", { } pourcentage) => " : " + FormatsFusion.Pourcentage(pourcentage),
        (_, { } montant) => " : " + FormatsFusion.Chf(montant),
    };

    private static void Parcours(Dictionary<string, string?> valeurs, ParcoursApercu parcours, decimal? heuresFinancees)
    {
        valeurs["parcours.dateEntree"] = parcours.DateEntree is { } entree ? FormatsFusion.Date(entree) : null;
        valeurs["parcours.dateSortie"] = parcours.DateSortie is { } sortie ? FormatsFusion.Date(sortie) : null;
        valeurs["parcours.dureeJours"] = parcours.DureeParcoursJours?.ToString(CultureInfo.InvariantCulture);
        valeurs["parcours.heuresPlanifiees"] = FormatsFusion.Heures(parcours.HeuresPlanifiees);
        valeurs["parcours.heuresRealisees"] = FormatsFusion.Heures(parcours.HeuresRealisees);
        valeurs["parcours.heuresRestantes"] = heuresFinancees is { } financees
            ? FormatsFusion.Heures(Math.Max(0m, financees - parcours.HeuresRealisees))
            : null;
        valeurs["parcours.seancesEmargees"] = parcours.SeancesEmargees.ToString(CultureInfo.InvariantCulture);
        valeurs["parcours.seancesPresent"] = parcours.SeancesPresent.ToString(CultureInfo.InvariantCulture);
        valeurs["parcours.tauxPresence"] = parcours.TauxPresence is { } presence ? FormatsFusion.Pourcentage(presence) : null;
        valeurs["parcours.tauxReussite"] = parcours.TauxReussite is { } reussite ? FormatsFusion.Pourcentage(reussite) : null;
    }
}
