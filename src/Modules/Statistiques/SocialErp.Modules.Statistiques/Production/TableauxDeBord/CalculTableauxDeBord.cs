using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Domain.Listes;
using SocialErp.Modules.Statistiques.Features.TableauxDeBord;
using SocialErp.Modules.Statistiques.Persistence;

namespace SocialErp.Modules.Statistiques.Production.TableauxDeBord;

/// <summary>
/// Computes the dashboards from the read model. <c>activite</c>: caseload, entries and exits, average duration, net
/// cost per case, exit rate and social-debt balance by month. <c>indicateurs-ofs</c>: the indicators the BFS
/// publishes (assistance rate per commune from the configured populations, short-term share, average duration, net
/// expenditure per case, exit rate, persons by age class). A dossier is active in a month when it was opened before
/// the month's end and not left before its start (same rule as the templates).
/// </summary>
internal sealed class CalculTableauxDeBord(StatistiquesDbContext db, IOptions<StatistiquesOptions> options)
{
    public const string Activite = "activite";
    public const string IndicateursOfs = "indicateurs-ofs";

    public static readonly string[] Codes = [Activite, IndicateursOfs];

    private const string GenreCharge = "charge";
    private static readonly string[] GenresDette = ["dette-sociale", "pret"];
    private static readonly (string Classe, int Min, int Max)[] ClassesAge =
        [("0-17", 0, 17), ("18-25", 18, 25), ("26-35", 26, 35), ("36-45", 36, 45), ("46-55", 46, 55), ("56-64", 56, 64), ("65+", 65, 200)];

    public async Task<TableauDeBordResponse> CalculerAsync(string code, PeriodeTableau periode, CancellationToken cancellationToken)
    {
        var fin = periode.Fin;
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.DateOuverture <= fin).ToListAsync(cancellationToken);
        var lignes = await db.LignesEcriture.AsNoTracking()
            .Where(l => l.Date <= fin && (l.GenreCompte == GenreCharge || GenresDette.Contains(l.GenreCompte)))
            .Select(l => new { l.Periode, l.Date, l.GenreCompte, Net = l.Debit - l.Credit })
            .ToListAsync(cancellationToken);
        var netParMois = lignes.Where(l => l.GenreCompte == GenreCharge).GroupBy(l => l.Periode).ToDictionary(g => g.Key, g => g.Sum(l => l.Net));
        var dette = lignes.Where(l => l.GenreCompte != GenreCharge).Select(l => (l.Date, l.Net)).ToList();
        var mois = periode.Mois();
        var actifsPeriode = dossiers.Where(d => d.EstActif(periode.Debut, fin)).ToList();
        var netPeriode = mois.Sum(m => netParMois.GetValueOrDefault(m.Code));
        var sortiesPeriode = actifsPeriode.Count(d => d.DateSortie is { } s && s >= periode.Debut && s <= fin);

        var series = new List<SerieResponse>();
        var totaux = new List<IndicateurResponse>();
        var repartitions = new List<RepartitionResponse>();
        var libelle = code == Activite ? "Activité de l'aide sociale" : "Indicateurs de la statistique de l'aide sociale (OFS)";
        if (code == Activite)
        {
            var actifs = mois.Select(m => dossiers.Where(d => d.EstActif(m.Debut, m.Fin)).ToList()).ToList();
            var sorties = mois.Select(m => dossiers.Count(d => d.DateSortie is { } s && s >= m.Debut && s <= m.Fin)).ToList();
            series.Add(Serie("dossiers-actifs", "Dossiers actifs", "dossiers", actifs.Select(a => (decimal?)a.Count)));
            series.Add(Serie("entrees", "Entrées", "dossiers", mois.Select(m => (decimal?)dossiers.Count(d => d.DateOuverture >= m.Debut && d.DateOuverture <= m.Fin))));
            series.Add(Serie("sorties", "Sorties", "dossiers", sorties.Select(s => (decimal?)s)));
            series.Add(Serie("duree-moyenne", "Durée moyenne des dossiers actifs", "mois",
                mois.Select((m, i) => Moyenne(actifs[i].Select(d => (decimal)Duree(d, m.Fin))))));
            series.Add(Serie("cout-net", "Coût net", "CHF", mois.Select(m => (decimal?)netParMois.GetValueOrDefault(m.Code))));
            series.Add(Serie("cout-net-par-dossier", "Coût net par dossier", "CHF", mois.Select((m, i) => Rapport(netParMois.GetValueOrDefault(m.Code), actifs[i].Count, 1))));
            series.Add(Serie("taux-sortie", "Taux de sortie", "%", mois.Select((_, i) => Rapport(sorties[i], actifs[i].Count, 100))));
            series.Add(Serie("dette-sociale", "Dette sociale (solde en fin de mois)", "CHF", mois.Select(m => (decimal?)dette.Where(d => d.Date <= m.Fin).Sum(d => d.Net))));

            totaux.Add(new("dossiers-actifs", "Dossiers actifs sur la période", "dossiers", actifsPeriode.Count));
            totaux.Add(new("entrees", "Entrées", "dossiers", actifsPeriode.Count(d => d.DateOuverture >= periode.Debut)));
            totaux.Add(new("sorties", "Sorties", "dossiers", sortiesPeriode));
            totaux.Add(new("duree-moyenne-sortis", "Durée moyenne des dossiers sortis", "mois",
                Moyenne(actifsPeriode.Where(d => d.DateSortie is { } s && s <= fin).Select(d => (decimal)Duree(d, fin)))));
            totaux.Add(new("cout-net", "Coût net", "CHF", netPeriode));
            totaux.Add(new("cout-net-par-dossier", "Coût net par dossier", "CHF", Rapport(netPeriode, actifsPeriode.Count, 1)));
            totaux.Add(new("taux-sortie", "Taux de sortie", "%", Rapport(sortiesPeriode, actifsPeriode.Count, 100)));
            totaux.Add(new("dette-sociale", "Dette sociale en fin de période", "CHF", dette.Sum(d => d.Net)));
        }
        else
        {
            await IndicateursOfsAsync(periode, dossiers, actifsPeriode, netPeriode, sortiesPeriode, series, totaux, repartitions, cancellationToken);
        }

        return new TableauDeBordResponse(code, libelle, periode.Du, periode.Au, totaux, mois.Select(m => m.Code).ToList(), series, repartitions);
    }

    private async Task IndicateursOfsAsync(
        PeriodeTableau periode, List<DossierLecture> dossiers, List<DossierLecture> actifsPeriode, decimal netPeriode, int sortiesPeriode,
        List<SerieResponse> series, List<IndicateurResponse> totaux, List<RepartitionResponse> repartitions, CancellationToken cancellationToken)
    {
        var fin = periode.Fin;
        var parDossier = dossiers.ToDictionary(d => d.DossierId);
        var membres = (await db.MembresUnite.AsNoTracking().Where(m => m.Du <= fin).ToListAsync(cancellationToken))
            .Where(m => parDossier.ContainsKey(m.DossierId)).ToList();
        var fiches = await db.Personnes.AsNoTracking().ToDictionaryAsync(p => p.FicheId, p => p, cancellationToken);
        var populations = options.Value.Populations
            .Select(p => (Ok: int.TryParse(p.Key, CultureInfo.InvariantCulture, out var commune), Commune: commune, Habitants: p.Value))
            .Where(p => p.Ok && p.Habitants > 0).ToDictionary(p => p.Commune, p => p.Habitants);
        var populationTotale = populations.Values.Sum();

        // A person is aided in a period when a member of a dossier active then, over a membership overlapping it.
        List<(Guid Fiche, int? Commune)> Aides(DateOnly debut, DateOnly finMois) => membres
            .Where(m => m.Du <= finMois && (m.Au is null || m.Au >= debut) && parDossier[m.DossierId].EstActif(debut, finMois))
            .Select(m => (m.FicheId, parDossier[m.DossierId].CommuneDomicile)).Distinct().ToList();

        var mois = periode.Mois();
        var aidesParMois = mois.Select(m => Aides(m.Debut, m.Fin)).ToList();
        var aides = Aides(periode.Debut, fin);
        var personnes = aides.Select(a => a.Fiche).Distinct().ToList();
        var courtes = actifsPeriode.Count(d => Duree(d, fin) < 12);

        series.Add(Serie("personnes-aidees", "Personnes aidées", "personnes", aidesParMois.Select(a => (decimal?)a.Select(p => p.Fiche).Distinct().Count())));
        series.Add(Serie("taux-aide-sociale", "Taux d'aide sociale (communes avec population)", "%",
            aidesParMois.Select(a => populationTotale == 0 ? null : Rapport(a.Where(p => p.Commune is { } c && populations.ContainsKey(c)).Select(p => p.Fiche).Distinct().Count(), populationTotale, 100))));
        series.Add(Serie("dossiers-actifs", "Dossiers actifs", "dossiers", mois.Select(m => (decimal?)dossiers.Count(d => d.EstActif(m.Debut, m.Fin)))));

        var aidesAvecPopulation = aides.Where(p => p.Commune is { } c && populations.ContainsKey(c)).Select(p => p.Fiche).Distinct().Count();
        totaux.Add(new("personnes-aidees", "Personnes aidées", "personnes", personnes.Count));
        totaux.Add(new("dossiers", "Dossiers (unités d'assistance)", "dossiers", actifsPeriode.Count));
        totaux.Add(new("taux-aide-sociale", "Taux d'aide sociale (communes avec population)", "%", populationTotale == 0 ? null : Rapport(aidesAvecPopulation, populationTotale, 100)));
        totaux.Add(new("part-courte-duree", "Part des dossiers de moins de 12 mois", "%", Rapport(courtes, actifsPeriode.Count, 100)));
        totaux.Add(new("duree-moyenne", "Durée moyenne des dossiers", "mois", Moyenne(actifsPeriode.Select(d => (decimal)Duree(d, fin)))));
        totaux.Add(new("depense-nette-par-cas", "Dépense nette par dossier", "CHF", Rapport(netPeriode, actifsPeriode.Count, 1)));
        totaux.Add(new("taux-sortie", "Taux de sortie", "%", Rapport(sortiesPeriode, actifsPeriode.Count, 100)));

        repartitions.Add(new RepartitionResponse("taux-aide-par-commune", "Taux d'aide sociale par commune de domicile", "%",
            aides.GroupBy(a => a.Commune).OrderBy(g => g.Key ?? int.MaxValue).Select(g =>
            {
                var nombre = g.Select(p => p.Fiche).Distinct().Count();
                int? population = g.Key is { } c && populations.TryGetValue(c, out var habitants) ? habitants : null;
                return new PartResponse(g.Key?.ToString(CultureInfo.InvariantCulture) ?? "(sans commune)", population is { } p ? Rapport(nombre, p, 100) : null, nombre, population);
            }).ToList()));
        repartitions.Add(new RepartitionResponse("personnes-par-age", "Personnes aidées par classe d'âge (fin de période)", "%",
            ClassesAge.Select(c => c.Classe).Append("inconnu").Select(classe =>
            {
                var nombre = personnes.Count(p => ClasseAge(fiches.GetValueOrDefault(p), fin) == classe);
                return new PartResponse(classe, Rapport(nombre, personnes.Count, 100), nombre, personnes.Count);
            }).ToList()));
        repartitions.Add(Parts("personnes-par-etat-civil", "Personnes aidées par état civil", personnes, p => fiches.GetValueOrDefault(p)?.EtatCivil));
        repartitions.Add(Parts("personnes-par-nationalite", "Personnes aidées par nationalité (suisse, étrangère)", personnes,
            p => fiches.GetValueOrDefault(p)?.Nationalite is { } n ? (n == "CH" ? "suisse" : "etrangere") : null));
        repartitions.Add(new RepartitionResponse("dossiers-par-prestation", "Dossiers par classe de prestation", "%",
            actifsPeriode.GroupBy(d => d.Prestation).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PartResponse(g.Key, Rapport(g.Count(), actifsPeriode.Count, 100), g.Count(), actifsPeriode.Count)).ToList()));
    }

    /// <summary>The persons' shares per value of an attribute (unknown values as <c>inconnu</c>, last).</summary>
    private static RepartitionResponse Parts(string code, string libelle, List<Guid> personnes, Func<Guid, string?> valeur) =>
        new(code, libelle, "%", personnes.GroupBy(p => valeur(p) ?? "inconnu")
            .OrderBy(g => g.Key == "inconnu").ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PartResponse(g.Key, Rapport(g.Count(), personnes.Count, 100), g.Count(), personnes.Count)).ToList());

    private static string ClasseAge(PersonneLecture? personne, DateOnly date) =>
        personne?.Age(date) is { } age ? ClassesAge.First(c => age >= c.Min && age <= c.Max).Classe : "inconnu";

    /// <summary>Months from opening to the exit, or to <paramref name="fin"/> while active.</summary>
    private static int Duree(DossierLecture d, DateOnly fin) =>
        CatalogueColonnes.DureeMois(d.DateOuverture, d.DateSortie is { } s && s < fin ? s : fin);

    private static SerieResponse Serie(string code, string libelle, string unite, IEnumerable<decimal?> valeurs) => new(code, libelle, unite, valeurs.ToList());

    private static decimal? Moyenne(IEnumerable<decimal> valeurs)
    {
        var liste = valeurs.ToList();
        return liste.Count == 0 ? null : Math.Round(liste.Average(), 1, MidpointRounding.AwayFromZero);
    }

    private static decimal? Rapport(decimal numerateur, int denominateur, int facteur) =>
        denominateur == 0 ? null : Math.Round(numerateur * facteur / denominateur, 2, MidpointRounding.AwayFromZero);
}
