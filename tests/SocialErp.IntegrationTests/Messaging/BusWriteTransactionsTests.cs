using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;
using Xunit.Abstractions;

namespace SocialErp.IntegrationTests.Messaging;

/// <summary>
/// On SQLite every write transaction waits for the database's single writer, so the bus must not add writes per
/// message: draining ten audited creations commits no more transactions than draining one; and a batch that has held
/// the writer for <c>Messaging:SqliteWriteHold</c> commits and goes on in a new transaction, each message still
/// handled once (SQLite only: it counts SQLite commits).
/// </summary>
[Trait("Category", "Integration")]
public sealed class BusWriteTransactionsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Drain_TenAuditedCreations_AsManyWriteTransactionsAsOne()
    {
        var commits = new SqliteWriteTransactions();
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "ecritures");

        // However slow the machine, no batch is cut short.
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Messaging:SqliteWriteHold"] = "00:01:00" }, commits.AttachTo);
        using var client = await factory.AdminClientAsync();
        await MessagingTests.CreerFicheAsync(client, "Echauffement");
        await factory.DrainMessagesAsync();

        commits.Reset();
        await MessagingTests.CreerFicheAsync(client, "Seule");
        var requete = commits.Count;
        commits.Reset();
        await factory.DrainMessagesAsync();
        var uneCreation = commits.Count;

        for (var i = 0; i < 10; i++)
        {
            await MessagingTests.CreerFicheAsync(client, $"Dix-{i}");
        }

        commits.Reset();
        await factory.DrainMessagesAsync();
        var dixCreations = commits.Count;

        output.WriteLine($"POST /api/fiches: {requete} write transaction(s); drain after 1 creation: {uneCreation}; after 10: {dixCreations}");
        Assert.True(requete >= 1, "the counter sees the request's own commit");
        Assert.Equal(uneCreation, dixCreations);
    }

    [Fact]
    public async Task Drain_WriteHoldSpent_OneTransactionPerMessageEachHandledOnce()
    {
        var commits = new SqliteWriteTransactions();
        var probe = new Probe();
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "tenue");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Messaging:SqliteWriteHold"] = "00:00:00" }, services =>
        {
            commits.AttachTo(services);
            MessagingTests.Subscribe(services, probe);
        });
        using var client = await factory.AdminClientAsync();
        await factory.DrainMessagesAsync();
        var fiches = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            fiches.Add(await MessagingTests.CreerFicheAsync(client, $"Tenue-{i}"));
        }

        commits.Reset();
        await factory.DrainMessagesAsync();

        // Statistiques alone gets six fiche messages: with no time to hold the writer, each commits on its own.
        output.WriteLine($"drain of 6 creations with a zero write hold: {commits.Count} write transactions");
        Assert.True(commits.Count >= 6, $"{commits.Count} write transactions");
        Assert.All(fiches, id => Assert.Equal(1, probe.Calls[id]));
        Assert.Equal(0, await Sql.ScalarAsync(database, $"SELECT count(*) FROM {Sql.Table(database, "statistiques", "inbox_message")} WHERE processed_at IS NULL"));
    }

    [Fact]
    public async Task Drain_WriteHoldSpent_MessageFails_EarlierTransactionsKeptFailingOneAlone()
    {
        var probe = new Probe();
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "tenue-echec");
        await using var factory = new SocialErpApiFactory(
            database,
            new Dictionary<string, string?> { ["Messaging:SqliteWriteHold"] = "00:00:00", ["Messaging:MaxAttempts"] = "2" },
            services => MessagingTests.Subscribe(services, probe));
        using var client = await factory.AdminClientAsync();
        await factory.DrainMessagesAsync();
        var avant = await MessagingTests.CreerFicheAsync(client, "Tenue-avant");
        var mauvaise = await MessagingTests.CreerFicheAsync(client, "Tenue-mauvaise");
        var apres = await MessagingTests.CreerFicheAsync(client, "Tenue-apres");
        probe.AlwaysFailing[mauvaise] = true;

        await factory.DrainMessagesAsync();

        // The first message committed in its own transaction before the second failed: it is not run again.
        Assert.Equal(1, probe.Calls[avant]);
        Assert.Equal(1, probe.Calls[apres]);
        var parked = Assert.Single(await MessagingTests.ParkedAsync(client));
        Assert.Equal("statistiques", parked.GetProperty("module").GetString());
        Assert.Equal(2, parked.GetProperty("attempts").GetInt32());
        Assert.Equal(1, await Sql.ScalarAsync(database, $"SELECT count(*) FROM {Sql.Table(database, "statistiques", "inbox_message")} WHERE processed_at IS NULL"));
    }
}
