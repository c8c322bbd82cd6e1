using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Domain.Modeles;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>The value of a dossier-population source (<see cref="CatalogueSources.SourcesDossiers"/>) for one dossier and period.</summary>
internal static class SourcesDossier
{
    private const int AgeAdulte = 18;

    public static object? Evaluer(VariableModele variable, ContexteDossier c)
    {
        var d = c.Dossier;
        var fin = c.Periode.Fin;
        return variable.Source switch
        {
            "dossier.id" => d.DossierId.ToString(),
            "dossier.numero" => d.Numero,
            "dossier.nom" => d.Nom,
            "dossier.prestation" => d.Prestation,
            "dossier.commune" => d.CommuneDomicile,
            "dossier.statut" => d.Statut,
            "dossier.dateOuverture" => d.DateOuverture,
            "dossier.dateSortie" => d.DateSortie is { } sortie && sortie <= fin ? sortie : null,
            "dossier.motifSortie" => d.DateSortie is { } s && s <= fin ? d.MotifSortie : null,
            "dossier.entree" => d.DateOuverture >= c.Periode.Debut ? 1 : 0,
            "dossier.sortie" => d.DateSortie is { } so && so >= c.Periode.Debut && so <= fin ? 1 : 0,
            "dossier.dureeMois" => Mois(d.DateOuverture, d.DateSortie is { } f && f < fin ? f : fin),
            "requerant.dateNaissance" => Requerant(c, r => r.DateNaissance),
            "requerant.age" => Requerant(c, r => r.DateNaissance) is { } naissance ? Age(naissance, fin) : null,
            "requerant.etatCivil" => Requerant(c, r => r.EtatCivil),
            "requerant.nationalite" => Requerant(c, r => r.Nationalite),
            "ua.taille" => MembresFin(c).Count(),
            "ua.requerants" => MembresFin(c).Count(m => m.Role == RolesMembre.Requerant),
            "ua.enfants" => MembresFin(c).Count(m => m.Role == RolesMembre.Enfant),
            "ua.adultes" => MembresFin(c).Count(m => m.Role != RolesMembre.Enfant),
            "ecritures.debit" => Lignes(variable, c).Sum(l => l.Debit),
            "ecritures.credit" => Lignes(variable, c).Sum(l => l.Credit),
            "ecritures.net" => Lignes(variable, c).Sum(l => l.Debit - l.Credit),
            "paiements.total" => c.Paiements.Where(p => Filtre.Accepte(variable, "ordinaire", p.Ordinaire ? "true" : "false")).Sum(p => p.Montant),
            "paiements.dernierOrdinaire" => c.DernierPaiementOrdinaire,
            "seances.heures" => c.Seances
                .Where(s => Filtre.Accepte(variable, "etat", s.Etat) && Filtre.Accepte(variable, "presence", s.Presence))
                .Sum(s => s.DureeHeures),
            "evenements.nombre" => c.Evenements.Count(e => Filtre.Accepte(variable, "typeCode", e.TypeCode)),
            _ => null,
        };
    }

    /// <summary>Members at the end of the period, or at the exit when the dossier left during it.</summary>
    private static IEnumerable<MembreUniteLecture> MembresFin(ContexteDossier c)
    {
        var date = c.Dossier.DateSortie is { } sortie && sortie < c.Periode.Fin ? sortie : c.Periode.Fin;
        return c.Membres.Where(m => m.EstMembreLe(date));
    }

    /// <summary>The value of the first requérant at the end of the period (earliest member first) who has one.</summary>
    private static T? Requerant<T>(ContexteDossier c, Func<RequerantDossier, T?> valeur) =>
        MembresFin(c).Where(m => m.Role == RolesMembre.Requerant)
            .OrderBy(m => m.Du).ThenBy(m => m.FicheId)
            .Select(m => c.Requerants.TryGetValue(m.FicheId, out var r) ? valeur(r) : default)
            .FirstOrDefault(v => v is not null);

    private static IEnumerable<LigneDossier> Lignes(VariableModele variable, ContexteDossier c) =>
        c.Lignes.Where(l => Filtre.Accepte(variable, "genreCompte", l.GenreCompte) && Filtre.Accepte(variable, "typeCharge", l.TypeCharge)
            && Filtre.Accepte(variable, "typePayeur", l.TypePayeur) && Filtre.Accepte(variable, "compte", l.Compte)
            && Filtre.Accepte(variable, "prestation", l.Prestation));

    private static int Age(DateOnly naissance, DateOnly date)
    {
        var age = date.Year - naissance.Year;
        return naissance.AddYears(age) > date ? age - 1 : age;
    }

    private static int Mois(DateOnly debut, DateOnly fin) => Math.Max(0, ((fin.Year - debut.Year) * 12) + fin.Month - debut.Month);

    public static bool EstAdulte(DateOnly naissance, DateOnly date) => Age(naissance, date) >= AgeAdulte;
}

/// <summary>A variable's filter: a dimension absent from the filter accepts every value.</summary>
internal static class Filtre
{
    public static bool Accepte(VariableModele variable, string dimension, string? valeur) =>
        variable.Filtre is null || !variable.Filtre.TryGetValue(dimension, out var acceptees) || (valeur is not null && acceptees.Contains(valeur));
}
