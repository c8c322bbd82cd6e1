using SocialErp.BuildingBlocks.Persistence;
using SocialErp.TestKit;
using Xunit.Abstractions;

namespace SocialErp.IntegrationTests.Messaging;

/// <summary>
/// On SQLite every write transaction waits for the database's single writer, so the bus must not add writes per
/// message: draining ten audited creations commits no more transactions than draining one (SQLite only: it counts
/// SQLite commits).
/// </summary>
[Trait("Category", "Integration")]
public sealed class BusWriteTransactionsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Drain_TenAuditedCreations_AsManyWriteTransactionsAsOne()
    {
        var commits = new SqliteWriteTransactions();
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "ecritures");
        await using var factory = new SocialErpApiFactory(database, null, commits.AttachTo);
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
}
