using System.Globalization;
using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Domain.Modeles;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>Values of grouped populations (postings, sessions): grouping dimensions and sums or counts over a group.</summary>
internal static class Agregats
{
    public static string Dimension(LigneEcritureLecture l, string dimension) => dimension switch
    {
        "prestation" => l.Prestation ?? "",
        "commune" => l.CommuneDomicile?.ToString(CultureInfo.InvariantCulture) ?? "",
        "typeCharge" => l.TypeCharge ?? "",
        "typePayeur" => l.TypePayeur ?? "",
        "genreCompte" => l.GenreCompte,
        "compte" => l.Compte,
        "mois" => l.Periode,
        _ => l.DossierId?.ToString() ?? "",
    };

    /// <summary>A session's grouping value; <paramref name="jour"/> gives the service's calendar day of its start.</summary>
    public static string Dimension(SeanceLecture s, DossierLecture? dossier, string dimension, Func<DateTime, DateOnly> jour) => dimension switch
    {
        "prestation" => dossier?.Prestation ?? "",
        "commune" => dossier?.CommuneDomicile?.ToString(CultureInfo.InvariantCulture) ?? "",
        "etat" => s.Etat,
        "presence" => s.Presence ?? "",
        "mois" => jour(s.Debut).ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => dossier?.Numero ?? s.DossierId.ToString(),
    };

    public static object? Ecritures(VariableModele v, LigneEcritureLecture premiere, IEnumerable<LigneEcritureLecture> groupe)
    {
        var lignes = groupe.Where(l => Compte(v, l));
        return v.Source switch
        {
            "somme.debit" => lignes.Sum(l => l.Debit),
            "somme.credit" => lignes.Sum(l => l.Credit),
            "somme.net" => lignes.Sum(l => l.Debit - l.Credit),
            "nombre.dossiers" => lignes.Where(l => l.DossierId != null).Select(l => l.DossierId).Distinct().Count(),
            "nombre.personnes" => lignes.Where(l => l.FicheId != null).Select(l => l.FicheId).Distinct().Count(),
            _ when v.Source!.StartsWith("groupe.", StringComparison.Ordinal) => Typer(v, Dimension(premiere, v.Source["groupe.".Length..])),
            _ => null,
        };
    }

    /// <summary>Whether the variable's filter lets this line in.</summary>
    public static bool Compte(VariableModele v, LigneEcritureLecture l) =>
        Filtre.Accepte(v, "genreCompte", l.GenreCompte) && Filtre.Accepte(v, "typeCharge", l.TypeCharge)
        && Filtre.Accepte(v, "typePayeur", l.TypePayeur) && Filtre.Accepte(v, "compte", l.Compte) && Filtre.Accepte(v, "prestation", l.Prestation);

    public static object? Seances(
        VariableModele v, SeanceLecture premiere, DossierLecture? dossier, IEnumerable<SeanceLecture> groupe, Func<DateTime, DateOnly> jour)
    {
        var seances = groupe.Where(s => Filtre.Accepte(v, "etat", s.Etat) && Filtre.Accepte(v, "presence", s.Presence));
        return v.Source switch
        {
            "somme.heures" => seances.Sum(s => s.DureeHeures),
            "nombre.seances" => seances.Count(),
            _ when v.Source!.StartsWith("groupe.", StringComparison.Ordinal) => Typer(v, Dimension(premiere, dossier, v.Source["groupe.".Length..], jour)),
            _ => null,
        };
    }

    private static object? Typer(VariableModele v, string valeur) =>
        valeur.Length == 0 ? null
        : v.Type == "entier" && int.TryParse(valeur, CultureInfo.InvariantCulture, out var entier) ? entier
        : valeur;
}
