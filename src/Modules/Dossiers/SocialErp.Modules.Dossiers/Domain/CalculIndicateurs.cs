namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// A dossier's path indicators: duration from entry to exit (or to today), hours done (signed sessions with the
/// person present), attendance rate (present among signed sessions), and the same per phase when phase changes
/// were recorded. The success rate comes from objectives (null while there are none). A session belongs to the phase
/// of its start's calendar day in the service's time zone (the <c>jour</c> function), not of the UTC date.
/// </summary>
internal static class CalculIndicateurs
{
    public static Indicateurs Calculer(
        DateOnly? entree, DateOnly? sortie, IReadOnlyList<Seance> seances, IReadOnlyList<(string Phase, DateOnly Debut)> phases,
        decimal? tauxReussite, DateOnly aujourdhui, Func<DateTime, DateOnly> jour)
    {
        var fin = sortie ?? aujourdhui;
        int? duree = entree is { } debut ? Math.Max(0, fin.DayNumber - debut.DayNumber) : null;
        var parPhase = new List<IndicateursPhase>();
        for (var i = 0; i < phases.Count; i++)
        {
            var du = phases[i].Debut;
            DateOnly? au = i + 1 < phases.Count ? phases[i + 1].Debut.AddDays(-1) : sortie;
            var dans = seances.Where(s => jour(s.Debut) >= du && (au is null || jour(s.Debut) <= au)).ToList();
            var (heures, emargees, presentes) = Compter(dans);
            parPhase.Add(new IndicateursPhase(phases[i].Phase, du, au, heures, emargees, Taux(presentes, emargees)));
        }

        var (total, signees, presents) = Compter(seances);
        return new Indicateurs(
            entree,
            sortie,
            duree,
            seances.Where(s => s.Etat == EtatsSeance.Planifiee).Sum(s => s.DureeHeures),
            total,
            signees,
            presents,
            Taux(presents, signees),
            tauxReussite,
            parPhase);
    }

    private static (decimal Heures, int Emargees, int Presentes) Compter(IEnumerable<Seance> seances)
    {
        var signees = seances.Where(s => s.Etat == EtatsSeance.Realisee).ToList();
        var presentes = signees.Where(s => s.Presence == PresencesSeance.Present).ToList();
        return (presentes.Sum(s => s.DureeHeures), signees.Count, presentes.Count);
    }

    private static decimal? Taux(int partie, int tout) =>
        tout == 0 ? null : Math.Round(100m * partie / tout, 2, MidpointRounding.AwayFromZero);
}

/// <summary>Indicators of a dossier's path (rates in percent, two decimals; null when nothing to measure).</summary>
internal sealed record Indicateurs(
    DateOnly? DateEntree,
    DateOnly? DateSortie,
    int? DureeParcoursJours,
    decimal HeuresPlanifiees,
    decimal HeuresRealisees,
    int SeancesEmargees,
    int SeancesPresent,
    decimal? TauxPresence,
    decimal? TauxReussite,
    IReadOnlyList<IndicateursPhase> Phases);

/// <summary>Indicators of one phase, from its change event to the day before the next one (or the exit).</summary>
internal sealed record IndicateursPhase(string Phase, DateOnly Du, DateOnly? Au, decimal HeuresRealisees, int SeancesEmargees, decimal? TauxPresence);
