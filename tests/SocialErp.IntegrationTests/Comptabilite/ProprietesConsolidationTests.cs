using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// Property-style: random entries on random persons and dimensions, random successive memberships in a few units;
/// the API's balances must equal what the test recomputes from what it posted, for persons, units and months.
/// Seeds are fixed so a failure replays; each seed is one scenario.
/// </summary>
public abstract class ProprietesConsolidationTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    private static readonly string[] Comptes = ["3630", "3631", "3632", "1061", "1062", "1050", "4260"];

    [Theory]
    [InlineData(11)]
    [InlineData(2026)]
    [InlineData(424242)]
    public async Task SoldesAleatoires_PersonnesUnitesEtMois_EqualRecomputation(int graine)
    {
        var hasard = new Random(graine);
        using var client = await Factory.AdminClientAsync();
        var personnes = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            personnes.Add(await CreerPersonneAsync(client, $"Prop{graine}"));
        }

        var annee = 2000 + (graine % 20);
        var debutAnnee = new DateOnly(annee, 1, 1);
        var postees = new List<(Guid? Fiche, Guid? Ua, DateOnly Date, decimal Montant)>();
        List<PeriodeUniteAllocation> Periodes() => personnes.Where(_ => hasard.Next(3) > 0).Select(personne =>
        {
            var du = debutAnnee.AddDays(hasard.Next(0, 300));
            return new PeriodeUniteAllocation(personne, "autre", du, hasard.Next(2) == 0 ? null : du.AddDays(hasard.Next(0, 200)));
        }).ToList();

        var unites = new List<(Guid Id, List<PeriodeUniteAllocation> Periodes)>();
        for (var u = 0; u < 3; u++)
        {
            var periodes = Periodes();
            unites.Add((await OuvrirUniteAsync(Fixture, [.. periodes]), periodes));
        }

        for (var n = 0; n < 40; n++)
        {
            var date = debutAnnee.AddDays(hasard.Next(0, 365));
            var montant = hasard.Next(1, 200_000) / 100m;
            var fiche = hasard.Next(5) == 0 ? (Guid?)null : personnes[hasard.Next(personnes.Count)];
            var ua = fiche is null || hasard.Next(6) == 0 ? unites[hasard.Next(unites.Count)].Id : (Guid?)null;
            var compte = Comptes[hasard.Next(Comptes.Length)];
            await PasserAsync(client, Ecriture(Jour(date), $"Aléa {n}", Ligne(compte, debit: montant, ficheId: fiche, uniteAllocationId: ua), Ligne("1020", credit: montant)));
            postees.Add((fiche, ua, date, montant));
        }

        // Membership changes after the entries: the unit's history is replaced by a newer version.
        var changee = unites[hasard.Next(unites.Count)];
        var nouvelles = Periodes();
        await LivrerAsync(Factory, new UniteAllocationModifieeIntegrationEvent(changee.Id, 2, nouvelles));
        unites[unites.IndexOf(changee)] = (changee.Id, nouvelles);

        var jours = Enumerable.Range(0, 6).Select(_ => debutAnnee.AddDays(hasard.Next(0, 365))).Append(new DateOnly(annee, 12, 31)).ToList();
        foreach (var jour in jours)
        {
            foreach (var personne in personnes)
            {
                var attendu = postees.Where(p => p.Fiche == personne && p.Date <= jour).Sum(p => p.Montant);
                var soldes = await (await client.GetAsync($"/api/comptabilite/personnes/{personne}/soldes?date={Jour(jour)}")).JsonAsync();
                Assert.Equal(attendu, Total(soldes));
            }

            foreach (var (id, periodes) in unites)
            {
                var attendu = postees
                    .Where(p => p.Date <= jour && (p.Ua == id || (p.Fiche is { } f && periodes.Exists(m => m.FicheId == f && p.Date >= m.Du && (m.Au is null || p.Date <= m.Au)))))
                    .Sum(p => p.Montant);
                var soldes = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{id}/soldes?date={Jour(jour)}")).JsonAsync();
                Assert.Equal(attendu, Total(soldes));
            }
        }

        for (var mois = 1; mois <= 12; mois++)
        {
            var consolidation = await (await client.GetAsync($"/api/comptabilite/unites-allocation/consolidation?periode={annee:D4}-{mois:D2}")).JsonAsync();
            foreach (var (id, _) in unites)
            {
                var mensuels = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{id}/soldes-mensuels?annee={annee}")).JsonAsync();
                var attendu = Total(mensuels.GetProperty("mois")[mois - 1]);
                var obtenu = consolidation.EnumerateArray().Where(u => u.GetProperty("dossierId").GetGuid() == id).Sum(Total);
                Assert.Equal(attendu, obtenu);
            }
        }
    }
}

[Trait("Category", "Integration")]
public sealed class ProprietesConsolidationTestsSqlite(SqliteComptabiliteFixture fixture) : ProprietesConsolidationTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class ProprietesConsolidationTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : ProprietesConsolidationTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
