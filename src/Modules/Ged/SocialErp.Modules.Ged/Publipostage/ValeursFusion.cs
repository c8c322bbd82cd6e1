using System.Globalization;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Fiches.Contracts.Queries;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>The merge-field values of a recipient, from what Fiches and Dossiers let other modules read.</summary>
internal static class ValeursFusion
{
    public static Dictionary<string, string?> Construire(
        DateOnly aujourdhui,
        FicheApercu? fiche,
        DossierApercu? dossier,
        IReadOnlyList<MembreUniteAllocation> unite,
        IReadOnlyList<FicheApercu> membres,
        EvenementAttestation? evenement)
    {
        var valeurs = new Dictionary<string, string?>(StringComparer.Ordinal) { ["date.jour"] = Date(aujourdhui) };
        if (fiche is not null)
        {
            Fiche(valeurs, fiche);
        }

        if (dossier is not null)
        {
            valeurs["dossier.numero"] = dossier.Numero;
            valeurs["dossier.nom"] = dossier.Nom;
            valeurs["dossier.prestation"] = dossier.Prestation;
            valeurs["dossier.statut"] = dossier.Statut;
            valeurs["dossier.dateOuverture"] = Date(dossier.DateOuverture);
            valeurs["dossier.communeDomicile"] = dossier.CommuneDomicile?.ToString(CultureInfo.InvariantCulture);
            foreach (var (code, valeur) in dossier.ChampsPersonnalises)
            {
                valeurs[CatalogueChamps.PrefixeChampDossier + code] = valeur;
            }

            var parId = membres.ToDictionary(m => m.Id);
            var lignes = unite
                .Select(m => parId.TryGetValue(m.FicheId, out var f) ? $"{NomComplet(f)} ({m.Role})" : null)
                .Where(l => l is not null)
                .ToList();
            valeurs["ua.membres"] = lignes.Count == unite.Count && lignes.Count > 0 ? string.Join('\n', lignes) : null;
            valeurs["ua.nombreMembres"] = unite.Count > 0 ? unite.Count.ToString(CultureInfo.InvariantCulture) : null;
        }

        if (evenement is not null)
        {
            valeurs["evenement.type"] = evenement.Type;
            valeurs["evenement.date"] = Date(evenement.Date);
            valeurs["evenement.motif"] = evenement.Motif;
            valeurs["evenement.commentaire"] = evenement.Commentaire;
        }

        return valeurs;
    }

    public static string NomComplet(FicheApercu fiche) =>
        string.IsNullOrWhiteSpace(fiche.Prenom) ? fiche.Nom : $"{fiche.Prenom} {fiche.Nom}";

    private static void Fiche(Dictionary<string, string?> valeurs, FicheApercu fiche)
    {
        valeurs["fiche.civilite"] = fiche.Sexe switch { "feminin" => "Madame", "masculin" => "Monsieur", _ => null };
        valeurs["fiche.nom"] = fiche.Nom;
        valeurs["fiche.prenom"] = fiche.Prenom;
        valeurs["fiche.nomComplet"] = NomComplet(fiche);
        valeurs["fiche.dateNaissance"] = fiche.DateNaissance is { } naissance ? Date(naissance) : null;
        valeurs["fiche.numeroAvs"] = fiche.NumeroAvs is { Length: 13 } avs ? $"{avs[..3]}.{avs[3..7]}.{avs[7..11]}.{avs[11..]}" : fiche.NumeroAvs;
        valeurs["fiche.email"] = fiche.Email;
        if (fiche.Adresse is { } adresse)
        {
            valeurs["fiche.adresse.ligne"] = string.Join(' ', new[] { adresse.Rue, adresse.Numero }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } ligne
                ? ligne
                : adresse.CasePostale;
            valeurs["fiche.adresse.complement"] = adresse.Complement;
            valeurs["fiche.adresse.casePostale"] = adresse.CasePostale;
            valeurs["fiche.adresse.npa"] = adresse.Npa;
            valeurs["fiche.adresse.localite"] = adresse.Localite;
            valeurs["fiche.adresse.npaLocalite"] = $"{adresse.Npa} {adresse.Localite}";
            valeurs["fiche.adresse.pays"] = adresse.Pays;
        }
    }

    private static string Date(DateOnly date) => FormatsFusion.Date(date);
}
