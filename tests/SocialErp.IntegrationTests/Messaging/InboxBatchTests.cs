using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Audit;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Messaging;

/// <summary>
/// Messages handled in batches (one transaction per batch and module): a failing message rolls its batch back,
/// the others are then delivered one by one and the failing one alone gets its retries and is parked; handlers
/// that already ran are skipped; the journal des mutations' chain stays whole through batches and rollbacks.
/// </summary>
public abstract class InboxBatchTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Batch_OneMessageKeepsFailing_OthersDeliveredFailingOneParkedAlone()
    {
        var probe = new Probe();
        await using var factory = await StartAsync(probe);
        using var client = await factory.AdminClientAsync();
        var bonne1 = await MessagingTests.CreerFicheAsync(client, "Lot-1");
        var mauvaise = await MessagingTests.CreerFicheAsync(client, "Lot-2");
        var bonne2 = await MessagingTests.CreerFicheAsync(client, "Lot-3");
        probe.AlwaysFailing[mauvaise] = true;

        await factory.DrainMessagesAsync();

        // The batch ran the first message, failed on the second and rolled back; then each message went alone.
        Assert.Equal(2, probe.Calls[bonne1]);
        Assert.Equal(1, probe.Calls[bonne2]);
        Assert.Equal(2, await ConsumedByAsync(factory.Database, "statistiques", typeof(ProbeFicheCreeeHandler)));
        var parked = Assert.Single(await MessagingTests.ParkedAsync(client));
        Assert.Equal("statistiques", parked.GetProperty("module").GetString());
        Assert.Equal(2, parked.GetProperty("attempts").GetInt32());
        Assert.Contains("panne permanente", parked.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await Sql.ScalarAsync(factory.Database, $"""
            SELECT count(*) FROM {Sql.Table(factory.Database, "statistiques", "inbox_message")}
            WHERE type = 'fiches.fiche-creee.v1' AND processed_at IS NULL
            """));

        probe.AlwaysFailing.Clear();
        await client.PostAsync($"/api/admin/messages/{parked.GetProperty("messageId").GetGuid()}/replay", null);
        await factory.DrainMessagesAsync();

        Assert.Equal(3, await ConsumedByAsync(factory.Database, "statistiques", typeof(ProbeFicheCreeeHandler)));
        Assert.Empty(await MessagingTests.ParkedAsync(client));
    }

    [Fact]
    public async Task Batch_MessagesDeliveredAgain_HandlersThatRanAreSkipped()
    {
        var probe = new Probe();
        await using var factory = await StartAsync(probe);
        using var client = await factory.AdminClientAsync();
        var fiches = new[] { await MessagingTests.CreerFicheAsync(client, "Double-1"), await MessagingTests.CreerFicheAsync(client, "Double-2") };
        await factory.DrainMessagesAsync();
        var database = factory.Database;
        var mutations = await Sql.ScalarAsync(database, $"SELECT count(*) FROM {Sql.Table(database, "journal", "mutation")}");

        // As if each dispatcher had crashed after its handlers committed, before marking the messages processed;
        // in the Journal, even the proofs that the journal de bord's handlers ran are lost: their own checks must hold.
        // The journal des mutations keeps its proof: it relies on it alone (committed with its lines, it cannot be
        // lost without them).
        await Sql.ExecuteAsync(database, $"UPDATE {Sql.Table(database, "statistiques", "inbox_message")} SET processed_at = NULL");
        await Sql.ExecuteAsync(database, $"UPDATE {Sql.Table(database, "journal", "inbox_message")} SET processed_at = NULL");
        await Sql.ExecuteAsync(database, $"""
            DELETE FROM {Sql.Table(database, "journal", "inbox_message_consumer")} WHERE handler NOT LIKE '%.MutationsEnregistreesHandler'
            """);
        Assert.True(await factory.DrainMessagesAsync() > 0);

        Assert.All(fiches, id => Assert.Equal(1, probe.Calls[id]));
        Assert.Equal(mutations, await Sql.ScalarAsync(database, $"SELECT count(*) FROM {Sql.Table(database, "journal", "mutation")}"));
        foreach (var fiche in fiches)
        {
            Assert.Equal(1, await MessagingTests.JournalEntriesAsync(client, fiche));
        }

        await AssertChaineIntacteAsync(client, mutations);
    }

    [Fact]
    public async Task Batch_AuditAppendsRolledBackThenReplayed_ChainWholeOneLinePerMutation()
    {
        var probe = new Probe();
        await using var factory = await StartAsync(probe, audit: true);
        using var client = await factory.AdminClientAsync();
        await factory.DrainMessagesAsync();
        var database = factory.Database;
        var table = Sql.Table(database, "journal", "mutation");
        var avant = await Sql.ScalarAsync(database, $"SELECT count(*) FROM {table}");
        var fiches = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            fiches.Add(await MessagingTests.CreerFicheAsync(client, $"Chaine-lot-{i}"));
        }

        // The Journal's batch appends the first lines to the chain, then the probe fails on the fourth fiche: the
        // appends roll back and are made again one by one.
        probe.AlwaysFailing[fiches[3]] = true;
        await factory.DrainMessagesAsync();

        Assert.Single(await MessagingTests.ParkedAsync(client));
        foreach (var fiche in fiches)
        {
            Assert.Equal(1, await Sql.ScalarAsync(database, $"SELECT count(*) FROM {table} WHERE entite = 'Fiche' AND entite_id = '{fiche}'"));
        }

        var apres = await Sql.ScalarAsync(database, $"SELECT count(*) FROM {table}");
        Assert.True(apres >= avant + fiches.Count, $"{apres} lines after, {avant} before");
        // One line per entity of each audit message: none written twice by the replay.
        Assert.Equal(apres, await Sql.ScalarAsync(database, $"SELECT count(*) FROM (SELECT DISTINCT message_id, entite, entite_id FROM {table}) l"));
        await AssertChaineIntacteAsync(client, apres);

        probe.AlwaysFailing.Clear();
        var parked = Assert.Single(await MessagingTests.ParkedAsync(client));
        await client.PostAsync($"/api/admin/messages/{parked.GetProperty("messageId").GetGuid()}/replay", null);
        await factory.DrainMessagesAsync();

        Assert.Equal(apres, await Sql.ScalarAsync(database, $"SELECT count(*) FROM {table}"));
        await AssertChaineIntacteAsync(client, apres);
    }

    [Fact]
    public async Task Batch_HandlerAfterAppendsOnlyOne_ItsQueriesFindTheAppendedRows()
    {
        var probe = new Probe();
        var database = await TestDatabase.CreateAsync(provider, "lot");
        await using var factory = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Messaging:SqliteWriteHold"] = "00:01:00" }, services =>
        {
            services.AddSingleton(probe);
            services.AddIntegrationEventHandler<FicheCreeeIntegrationEvent, ProbeAjoutFicheCreeeHandler>("ged");
            services.AddIntegrationEventHandler<FicheModifieeIntegrationEvent, ProbeLectureFicheModifieeHandler>("ged");
        });
        using var client = await factory.AdminClientAsync();
        var relue = await MessagingTests.CreerFicheAsync(client, "Relue");
        await factory.DrainMessagesAsync();
        var preuvesAvant = await ConsumedByAsync(database, "ged", typeof(ProbeAjoutFicheCreeeHandler));

        // One batch of the GED inbox: a creation (its proof appended, unsaved), then another fiche's modification,
        // whose handler counts the proofs with a query.
        await MessagingTests.CreerFicheAsync(client, "Ajoutée");
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/fiches/{relue}")
        {
            Content = new StringContent("{\"nom\":\"Relue-bis\"}", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };
        (await client.SendAsync(patch)).EnsureSuccessStatusCode();
        await factory.DrainMessagesAsync();

        // The appended proof was saved before the next handler ran: its query found it.
        Assert.Equal(preuvesAvant + 1, probe.Calls[relue]);
        Assert.Equal(preuvesAvant + 1, await ConsumedByAsync(database, "ged", typeof(ProbeAjoutFicheCreeeHandler)));
    }

    private static async Task AssertChaineIntacteAsync(HttpClient client, long lignes)
    {
        var verification = await client.GetFromJsonAsync<JsonElement>("/api/mutations/verification");
        Assert.True(verification.GetProperty("intacte").GetBoolean());
        Assert.Equal(lignes, verification.GetProperty("lignesVerifiees").GetInt64());
    }

    private static Task<long> ConsumedByAsync(TestDatabase database, string module, Type handler) => Sql.ScalarAsync(
        database, $"SELECT count(*) FROM {Sql.Table(database, module, "inbox_message_consumer")} WHERE handler = '{handler.FullName}'");

    /// <summary>The probe listens to fiche events in Statistiques, or to the audit of fiches in the Journal.</summary>
    private async Task<SocialErpApiFactory> StartAsync(Probe probe, bool audit = false)
    {
        var database = await TestDatabase.CreateAsync(provider, "lot");
        // However slow the machine, a SQLite batch stays one transaction (its cut at the write hold is tested in
        // BusWriteTransactionsTests).
        var settings = new Dictionary<string, string?> { ["Messaging:MaxAttempts"] = "2", ["Messaging:SqliteWriteHold"] = "00:01:00" };
        var factory = new SocialErpApiFactory(database, settings, services =>
        {
            if (audit)
            {
                services.AddSingleton(probe);
                services.AddIntegrationEventHandler<MutationsEnregistreesIntegrationEvent, ProbeMutationFicheHandler>("journal");
            }
            else
            {
                MessagingTests.Subscribe(services, probe);
            }
        });
        _ = factory.Server;
        return factory;
    }
}

[Trait("Category", "Integration")]
public sealed class InboxBatchTestsSqlite() : InboxBatchTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class InboxBatchTestsPostgreSql() : InboxBatchTests(DatabaseProvider.PostgreSql);
