using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using static SocialErp.IntegrationTests.Comptabilite.ComptaTestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// The stored monthly balances the balance endpoints read: after random entries posted eight at a time (concurrent
/// increments of the same keys) and membership changes with mid-month joins and leaves, every person's and unit's
/// balances per account equal what the test recomputes from what it posted, and the integrity check finds the stored
/// balances equal to the lines. A stored balance changed behind the application's back is reported by the check.
/// </summary>
public abstract class SoldesStockesTests(ComptabiliteApiFixture fixture) : ComptabiliteScenario(fixture)
{
    private static readonly string[] Comptes = ["3630", "3631", "1061", "4260"];

    private sealed record Ligne(string Compte, Guid? Fiche, Guid? Ua, DateOnly Date, decimal Debit, decimal Credit);

    [Theory]
    [InlineData(7)]
    [InlineData(31337)]
    public async Task SoldesStockes_AfterConcurrentPostingsAndMembershipChanges_EqualRecomputation(int graine)
    {
        var hasard = new Random(graine);
        using var client = await Factory.AdminClientAsync();
        var personnes = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            personnes.Add(await CreerPersonneAsync(client, $"Stock{graine}"));
        }

        var annee = 2030 + (graine % 10);
        var debutAnnee = new DateOnly(annee, 1, 1);
        List<PeriodeUniteAllocation> Periodes() => personnes.Where(_ => hasard.Next(3) > 0).Select(personne =>
        {
            var du = debutAnnee.AddDays(hasard.Next(0, 300));
            return new PeriodeUniteAllocation(personne, "autre", du, hasard.Next(2) == 0 ? null : du.AddDays(hasard.Next(0, 200)));
        }).ToList();
        var unites = new List<(Guid Id, List<PeriodeUniteAllocation> Periodes)>();
        for (var u = 0; u < 2; u++)
        {
            var periodes = Periodes();
            unites.Add((await OuvrirUniteAsync(Fixture, [.. periodes]), periodes));
        }

        var postees = new List<Ligne>();
        for (var vague = 0; vague < 6; vague++)
        {
            // Eight entries at once, on few persons, accounts and months: concurrent increments of the same keys.
            var ecritures = Enumerable.Range(0, 8).Select(_ => Entree(hasard, personnes, unites, debutAnnee)).ToList();
            await Task.WhenAll(ecritures.Select(async lignes => await PasserAsync(client, Ecriture(
                Jour(lignes[0].Date), "Stock", [.. lignes.Select(l => ComptaTestKit.Ligne(l.Compte, l.Debit > 0 ? l.Debit : null, l.Credit > 0 ? l.Credit : null, l.Fiche, l.Ua))]))));
            postees.AddRange(ecritures.SelectMany(l => l));
            if (vague % 2 == 1)
            {
                var changee = hasard.Next(unites.Count);
                var nouvelles = Periodes();
                await LivrerAsync(Factory, new UniteAllocationModifieeIntegrationEvent(unites[changee].Id, 2 + vague, nouvelles));
                unites[changee] = (unites[changee].Id, nouvelles);
            }
        }

        var jours = Enumerable.Range(0, 5).Select(_ => debutAnnee.AddDays(hasard.Next(0, 365)))
            .Concat([new DateOnly(annee, 3, 31), new DateOnly(annee, 12, 31), new DateOnly(annee + 1, 1, 15)]);
        foreach (var jour in jours)
        {
            foreach (var personne in personnes)
            {
                var soldes = await (await client.GetAsync($"/api/comptabilite/personnes/{personne}/soldes?date={Jour(jour)}")).JsonAsync();
                Assert.Equal(ParCompte(postees.Where(l => l.Fiche == personne && l.Date <= jour)), ParCompte(soldes));
            }

            foreach (var (id, periodes) in unites)
            {
                var attendues = postees.Where(l => l.Date <= jour
                    && (l.Ua == id || (l.Fiche is { } f && periodes.Exists(m => m.FicheId == f && l.Date >= m.Du && (m.Au is null || l.Date <= m.Au)))));
                var soldes = await (await client.GetAsync($"/api/comptabilite/unites-allocation/{id}/soldes?date={Jour(jour)}")).JsonAsync();
                Assert.Equal(ParCompte(attendues), ParCompte(soldes));
            }
        }

        var controle = await (await client.GetAsync("/api/comptabilite/controle")).JsonAsync();
        Assert.Empty(controle.GetProperty("differences").EnumerateArray());
    }

    [Fact]
    public async Task Controle_StoredBalanceTampered_ReportsTheDifference()
    {
        using var client = await Factory.AdminClientAsync();
        var fiche = await CreerPersonneAsync(client, "Falsifiee");
        await VerserAsync(client, fiche, new DateOnly(2031, 5, 12), 250.00m);

        await ModifierSoldeStockeAsync(fiche, +1);
        try
        {
            // The balance endpoint reads the stored month…
            var soldes = await (await client.GetAsync($"/api/comptabilite/personnes/{fiche}/soldes?date=2031-05-31")).JsonAsync();
            Assert.Equal(250.01m, Solde(soldes, "parCompte", "3630"));

            // …and the integrity check recomputes it from the lines.
            var controle = await (await client.GetAsync("/api/comptabilite/controle")).JsonAsync();
            Assert.False(controle.GetProperty("conforme").GetBoolean());
            var difference = Assert.Single(controle.GetProperty("differences").EnumerateArray());
            Assert.Equal("solde-mensuel", difference.GetProperty("regle").GetString());
            var detail = difference.GetProperty("detail").GetString()!;
            Assert.Contains(fiche.ToString(), detail, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("2031-05", detail, StringComparison.Ordinal);
            Assert.Contains("enregistré débit 250.01", detail, StringComparison.Ordinal);
            Assert.Contains("lignes débit 250.00", detail, StringComparison.Ordinal);
        }
        finally
        {
            await ModifierSoldeStockeAsync(fiche, -1);
        }

        var retabli = await (await client.GetAsync("/api/comptabilite/controle")).JsonAsync();
        Assert.True(retabli.GetProperty("conforme").GetBoolean());
    }

    /// <summary>One entry of 2 to 4 lines: persons (sometimes on a unit), a unit alone, or a transfer between two persons.</summary>
    private static List<Ligne> Entree(Random hasard, List<Guid> personnes, List<(Guid Id, List<PeriodeUniteAllocation> Periodes)> unites, DateOnly debutAnnee)
    {
        var date = debutAnnee.AddDays(hasard.Next(0, 365));
        if (hasard.Next(5) == 0)
        {
            var montant = hasard.Next(1, 50_000) / 100m;
            var de = personnes[hasard.Next(personnes.Count)];
            var vers = personnes.First(p => p != de);
            return [new("1061", vers, null, date, montant, 0), new("1061", de, null, date, 0, montant)];
        }

        var lignes = new List<Ligne>();
        for (var i = hasard.Next(1, 4); i > 0; i--)
        {
            var fiche = hasard.Next(5) == 0 ? (Guid?)null : personnes[hasard.Next(personnes.Count)];
            var ua = fiche is null || hasard.Next(4) == 0 ? unites[hasard.Next(unites.Count)].Id : (Guid?)null;
            lignes.Add(new(Comptes[hasard.Next(Comptes.Length)], fiche, ua, date, hasard.Next(1, 200_000) / 100m, 0));
        }

        lignes.Add(new("1020", null, null, date, 0, lignes.Sum(l => l.Debit)));
        return lignes;
    }

    private static SortedDictionary<string, decimal> ParCompte(IEnumerable<Ligne> lignes) =>
        new(lignes.GroupBy(l => l.Compte).ToDictionary(g => g.Key, g => g.Sum(l => l.Debit - l.Credit)), StringComparer.Ordinal);

    private static SortedDictionary<string, decimal> ParCompte(JsonElement soldes) =>
        new(soldes.GetProperty("parCompte").EnumerateArray().ToDictionary(s => s.GetProperty("cle").GetString()!, s => s.GetProperty("solde").GetDecimal()),
            StringComparer.Ordinal);

    /// <summary>Changes the person's stored balance of account 3630 by a few centimes, straight in the database.</summary>
    private async Task ModifierSoldeStockeAsync(Guid fiche, int centimes)
    {
        var postgreSql = Factory.Database.Provider == DatabaseProvider.PostgreSql;
        await using DbConnection connection = postgreSql ? new NpgsqlConnection(Factory.Database.ConnectionString) : new SqliteConnection(Factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = postgreSql
            ? $"UPDATE comptabilite.comptabilite_solde_mensuel SET debit_centimes = debit_centimes + {centimes} WHERE fiche_id = '{fiche}'::uuid"
            : $"UPDATE comptabilite_solde_mensuel SET debit_centimes = debit_centimes + {centimes} WHERE upper(fiche_id) = upper('{fiche}')";
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}

[Trait("Category", "Integration")]
public sealed class SoldesStockesTestsSqlite(SqliteComptabiliteFixture fixture) : SoldesStockesTests(fixture), IClassFixture<SqliteComptabiliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class SoldesStockesTestsPostgreSql(PostgreSqlComptabiliteFixture fixture) : SoldesStockesTests(fixture), IClassFixture<PostgreSqlComptabiliteFixture>;
