using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Messaging;

/// <summary>
/// The reliability chain outbox → relay → inbox → handler, through the real host: retries, parking and
/// replay, a relay interrupted between outbox and inbox, order per aggregate, background delivery.
/// </summary>
public abstract class MessagingTests(DatabaseProvider provider)
{
    protected DatabaseProvider Provider { get; } = provider;

    [Fact]
    public async Task Inbox_HandlerThrowsThenRecovers_DeliveredOnce()
    {
        var probe = new Probe { FailuresLeft = 2 };
        await using var factory = await StartAsync(probe);
        using var client = await factory.AdminClientAsync();

        var ficheId = await CreerFicheAsync(client, "Reprise");
        await factory.DrainMessagesAsync();

        Assert.Equal(3, probe.Calls[ficheId]);
        Assert.Equal(1, probe.Successes[ficheId]);
        Assert.Empty(await ParkedAsync(client));
    }

    [Fact]
    public async Task Inbox_HandlerKeepsFailing_ParkedVisibleThenReplayedOnce()
    {
        var probe = new Probe { FailuresLeft = int.MaxValue };
        await using var factory = await StartAsync(probe, new() { ["Messaging:MaxAttempts"] = "2" });
        using var client = await factory.AdminClientAsync();

        var ficheId = await CreerFicheAsync(client, "Parquee");
        await factory.DrainMessagesAsync();

        var parked = Assert.Single(await ParkedAsync(client));
        Assert.Equal("statistiques", parked.GetProperty("module").GetString());
        Assert.Equal("fiches.fiche-creee.v1", parked.GetProperty("type").GetString());
        Assert.Equal(2, parked.GetProperty("attempts").GetInt32());
        Assert.Contains("panne simulée", parked.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        var health = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.False(probe.Successes.ContainsKey(ficheId));
        Assert.Equal(1, await JournalEntriesAsync(client, ficheId));

        probe.FailuresLeft = 0;
        var replay = await client.PostAsync($"/api/admin/messages/{parked.GetProperty("messageId").GetGuid()}/replay", null);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await factory.DrainMessagesAsync();

        Assert.Equal(1, probe.Successes[ficheId]);
        Assert.Empty(await ParkedAsync(client));
        Assert.Equal(1, await JournalEntriesAsync(client, ficheId));
        var again = await client.PostAsync($"/api/admin/messages/{parked.GetProperty("messageId").GetGuid()}/replay", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Relay_StoppedBetweenOutboxAndInbox_NothingLostNothingDoubled()
    {
        var probe = new Probe();
        var database = await TestDatabase.CreateAsync(Provider, "relay");
        Guid ficheId;
        await using (var first = new SocialErpApiFactory(database, null, services => Subscribe(services, probe)))
        {
            using var client = await first.AdminClientAsync();
            ficheId = await CreerFicheAsync(client, "Interrompue");
        }

        await using var restarted = new SocialErpApiFactory(database, null, services => Subscribe(services, probe));
        using var admin = await restarted.AdminClientAsync();
        var dispatcher = restarted.Services.GetRequiredService<MessagingDispatcher>();
        Assert.True(await dispatcher.RelayOutboxesAsync(CancellationToken.None) > 0);

        // The relay "crashed" after copying into the inboxes but before marking the outbox rows relayed.
        await Sql.ExecuteAsync(database, $"UPDATE {Sql.Table(database, "fiches", "outbox_message")} SET processed_at = NULL");
        await dispatcher.RelayOutboxesAsync(CancellationToken.None);
        await restarted.DrainMessagesAsync();

        var inbox = Sql.Table(database, "statistiques", "inbox_message");
        Assert.Equal(1, await Sql.ScalarAsync(database, $"SELECT count(*) FROM {inbox} WHERE type = 'fiches.fiche-creee.v1'"));
        Assert.Equal(1, probe.Successes[ficheId]);
        Assert.Equal(1, await JournalEntriesAsync(admin, ficheId));
        Assert.Equal(0, await Sql.ScalarAsync(database, $"SELECT count(*) FROM {Sql.Table(database, "fiches", "outbox_message")} WHERE processed_at IS NULL"));
    }

    [Fact]
    public async Task Inbox_FirstEventOfAggregateFails_LaterEventsWaitAndKeepOrder()
    {
        var probe = new Probe();
        await using var factory = await StartAsync(probe);
        using var client = await factory.AdminClientAsync();
        var ficheId = await CreerFicheAsync(client, "Ordre");
        await factory.DrainMessagesAsync();

        var version = 1;
        foreach (var nom in new[] { "Ordre-1", "Ordre-2", "Ordre-3" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/fiches/{ficheId}")
            {
                Content = JsonContent.Create(new { type = "personne", nom, prenom = "Test" }),
            };
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version++}\""));
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        }

        // The first modification fails in its batch, then a whole attempt alone (its immediate retries included),
        // before succeeding.
        probe.FailuresLeft = 5;
        while (probe.Order.IsEmpty || probe.Order.Count < 4)
        {
            Assert.True(await factory.DrainMessagesAsync() > 0, "Messages stopped moving.");
        }

        Assert.Equal(["Ordre", "Ordre-1", "Ordre-2", "Ordre-3"], probe.Order.ToArray());
    }

    [Fact]
    public async Task Inbox_AggregateHeldBackOverSeveralClaimPages_MessagesBehindItStillDelivered()
    {
        // A claim reads the waiting rows page by page (two batches a page): with batches of 2, the fiche created last
        // waits behind 13 rows of one aggregate whose first message fails and waits for its retry.
        var probe = new Probe();
        await using var factory = await StartAsync(probe, new()
        {
            ["Messaging:BatchSize"] = "2",
            ["Messaging:RetryBaseDelay"] = "01:00:00",
            ["Messaging:MaxAttempts"] = "10",
        });
        using var client = await factory.AdminClientAsync();
        var bloquee = await CreerFicheAsync(client, "Bloquée");
        probe.AlwaysFailing[bloquee] = true;
        for (var version = 1; version <= 12; version++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/fiches/{bloquee}")
            {
                Content = JsonContent.Create(new { type = "personne", nom = $"Bloquée-{version}", prenom = "Test" }),
            };
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        }

        var derniere = await CreerFicheAsync(client, "Derrière");
        await factory.DrainMessagesAsync();

        Assert.Equal(1, probe.Successes.GetValueOrDefault(derniere));
        Assert.Equal(["Derrière"], probe.Order.ToArray());
        var inbox = Sql.Table(factory.Database, "statistiques", "inbox_message");
        Assert.Equal(13, await Sql.ScalarAsync(factory.Database, $"SELECT count(*) FROM {inbox} WHERE processed_at IS NULL AND parked_at IS NULL"));
    }

    [Fact]
    public async Task Bus_BackgroundMode_DeliversWithoutManualDrain()
    {
        var probe = new Probe();
        await using var factory = await StartAsync(probe, new()
        {
            ["Messaging:Mode"] = nameof(MessagingMode.Background),
            ["Messaging:PollInterval"] = "00:00:00.200",
        });
        using var client = await factory.AdminClientAsync();

        var ficheId = await CreerFicheAsync(client, "Fond");

        await Eventually.AssertAsync(async () => await JournalEntriesAsync(client, ficheId) == 1, "journal entry of the new fiche");
        await Eventually.AssertAsync(() => Task.FromResult(probe.Successes.ContainsKey(ficheId)), "probe handler called");
    }

    internal static void Subscribe(IServiceCollection services, Probe probe)
    {
        services.AddSingleton(probe);
        services.AddIntegrationEventHandler<FicheCreeeIntegrationEvent, ProbeFicheCreeeHandler>("statistiques");
        services.AddIntegrationEventHandler<FicheModifieeIntegrationEvent, ProbeFicheModifieeHandler>("statistiques");
    }

    protected async Task<SocialErpApiFactory> StartAsync(Probe probe, Dictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(Provider, "bus");
        var factory = new SocialErpApiFactory(database, settings, services => Subscribe(services, probe));
        _ = factory.Server;
        return factory;
    }

    internal static async Task<Guid> CreerFicheAsync(HttpClient client, string nom)
    {
        var response = await client.PostAsJsonAsync("/api/fiches", new { type = "personne", nom, prenom = "Test" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    internal static async Task<List<JsonElement>> ParkedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/admin/messages/parked"))!;

    internal static async Task<int> JournalEntriesAsync(HttpClient client, Guid ficheId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/journal?cibleType=fiche&cibleId={ficheId}")).GetProperty("total").GetInt32();
}

[Trait("Category", "Integration")]
public sealed class MessagingTestsSqlite() : MessagingTests(DatabaseProvider.Sqlite);

[Trait("Category", "PostgreSql")]
public sealed class MessagingTestsPostgreSql() : MessagingTests(DatabaseProvider.PostgreSql)
{
    [Fact]
    public async Task Dispatchers_TwoHostsOnOneDatabase_ProcessEachMessageOnce()
    {
        var probe = new Probe();
        var database = await TestDatabase.CreateAsync(Provider, "cluster");
        await using var first = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Messaging:BatchSize"] = "5" }, services => Subscribe(services, probe));
        await using var second = new SocialErpApiFactory(database, new Dictionary<string, string?> { ["Messaging:BatchSize"] = "5" }, services => Subscribe(services, probe));
        _ = first.Server;
        _ = second.Server;
        using var client = await first.AdminClientAsync();
        var fiches = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            fiches.Add(await CreerFicheAsync(client, $"Concurrence-{i}"));
        }

        int moved;
        do
        {
            var results = await Task.WhenAll(first.DrainMessagesAsync(), second.DrainMessagesAsync());
            moved = results.Sum();
        }
        while (moved > 0);

        Assert.All(fiches, id => Assert.Equal(1, probe.Calls.GetValueOrDefault(id)));
        Assert.Equal(40, probe.Successes.Count);
        var inbox = Sql.Table(database, "journal", "inbox_message");
        Assert.Equal(0, await Sql.ScalarAsync(database, $"SELECT count(*) FROM {inbox} WHERE processed_at IS NULL"));
        Assert.Equal(40, await Sql.ScalarAsync(database, $"SELECT count(*) FROM {Sql.Table(database, "journal", "entree_journal")}"));
    }
}
