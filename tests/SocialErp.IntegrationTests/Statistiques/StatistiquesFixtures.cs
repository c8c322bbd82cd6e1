using System.Net.Http.Json;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Statistiques;

/// <summary>
/// A host whose synchronous list limit is 5 rows (so an export of the demo postings becomes a job) and which knows
/// the population of two communes (assistance rate).
/// </summary>
public abstract class StatistiquesApiFixture(DatabaseProvider provider) : ApiFixture(provider)
{
    public const int LimiteSynchrone = 5;

    protected override IReadOnlyDictionary<string, string?> Overrides { get; } = new Dictionary<string, string?>
    {
        ["Statistiques:LimiteSynchroneListes"] = LimiteSynchrone.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Statistiques:Populations:5586"] = "1000",
        ["Statistiques:Populations:5591"] = "500",
    };
}

public sealed class StatistiquesSqliteFixture() : StatistiquesApiFixture(DatabaseProvider.Sqlite);

public sealed class StatistiquesPostgreSqlFixture() : StatistiquesApiFixture(DatabaseProvider.PostgreSql);

/// <summary>
/// Added to the 2019 demo data for lists and dashboards: social debt in 2019 (account 1061 advances: 1 000 then 200
/// repaid; 1063 undue payments: 300) and two dossiers opened in 2020 and still open (D-2020-005: a mother and her
/// child in 5586, with an entry event; D-2020-006 in 5591).
/// </summary>
internal static class DonneesListes
{
    public static readonly Guid DossierFamille = Guid.NewGuid();

    public static async Task ChargerAsync(SocialErpApiFactory factory, HttpClient client)
    {
        var sara = await DonneesDemoStatistiques.Fiche(client, "Muller", "Sara", "1990-02-02");
        var tim = await DonneesDemoStatistiques.Fiche(client, "Muller", "Tim", "2015-06-06");
        var ueli = await DonneesDemoStatistiques.Fiche(client, "Gerber", "Ueli", "1970-08-08");
        var autre = Guid.NewGuid();
        await EvenementsContrat.PublierAsync(factory, "dossiers",
            new DossierOuvertIntegrationEvent(DossierFamille, "D-2020-005", "Muller", "WSH", 5586, null, new DateOnly(2020, 2, 1),
                [new MembreDossier(sara, "requerant"), new MembreDossier(tim, "enfant")]),
            new DossierOuvertIntegrationEvent(autre, "D-2020-006", "Gerber", "ALBV", 5591, null, new DateOnly(2020, 3, 1), [new MembreDossier(ueli, "requerant")]),
            new EvenementDossierEnregistreIntegrationEvent(DossierFamille, Guid.NewGuid(), "entree", "Entrée", new DateOnly(2020, 2, 1), null, null, null, null, [], null));
        await EvenementsContrat.PublierAsync(factory, "comptabilite",
            Dette("1061", new DateOnly(2019, 6, 10), 1000m, 0m, sara),
            Dette("1061", new DateOnly(2019, 9, 10), 0m, 200m, sara),
            Dette("1063", new DateOnly(2019, 11, 10), 300m, 0m, ueli));
    }

    private static EcriturePasseeIntegrationEvent Dette(string compte, DateOnly date, decimal debit, decimal credit, Guid fiche) =>
        new(Guid.NewGuid(), date, date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), $"Dette {compte}", null,
        [
            new LigneEcritureComptable(compte, "dette-sociale", debit, credit, fiche, null, null, null, null, null, null),
            new LigneEcritureComptable("1020", "banque", credit, debit, null, null, null, null, null, null, null),
        ]);
}
