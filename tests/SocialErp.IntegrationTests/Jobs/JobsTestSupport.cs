using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Jobs;

/// <summary>Arranging message rows through the API and reading them back from every module, for the job tests.</summary>
internal static class JobsTestSupport
{
    public static async Task<Guid> CreerFicheAsync(HttpClient admin, string nom)
    {
        var response = await admin.PostAsJsonAsync("/api/fiches", new { type = "personne", nom, prenom = "Test" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Runs <paramref name="change"/> on the messaging tables of every module, then saves.</summary>
    public static Task ForEachModuleAsync(SocialErpApiFactory factory, Func<DbContext, Task> change) =>
        ForEachModuleAsync(factory, (_, db) => change(db));

    public static async Task ForEachModuleAsync(SocialErpApiFactory factory, Func<string, DbContext, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        foreach (var module in scope.ServiceProvider.GetRequiredService<IReadOnlyDictionary<string, MessagingModule>>().Values)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            await change(module.Name, db);
            await db.SaveChangesAsync();
        }
    }

    public static async Task<MessageRows> RowsAboutAsync(SocialErpApiFactory factory, Guid ficheId)
    {
        var rows = new MessageRows([], [], []);
        await ForEachModuleAsync(factory, async (module, db) =>
        {
            var outbox = (await db.Set<OutboxMessage>().AsNoTracking().ToListAsync()).Where(m => About(m, ficheId)).ToList();
            var inbox = (await db.Set<InboxMessage>().AsNoTracking().ToListAsync()).Where(m => About(m, ficheId)).ToList();
            var ids = inbox.Select(m => m.MessageId).ToHashSet();
            var consumers = (await db.Set<InboxMessageConsumer>().AsNoTracking().ToListAsync()).Where(c => ids.Contains(c.MessageId)).ToList();
            rows.Outbox.AddRange(outbox.Select(m => (module, m)));
            rows.Inbox.AddRange(inbox.Select(m => (module, m)));
            rows.Consumers.AddRange(consumers.Select(c => (module, c)));
        });
        return rows;
    }

    /// <summary>Moves every processed row about the fiche (outbox, inbox, consumer proofs) <paramref name="age"/> into the past.</summary>
    public static Task BackdateProcessedAsync(SocialErpApiFactory factory, Guid ficheId, TimeSpan age) =>
        ForEachModuleAsync(factory, async db =>
        {
            var at = DateTime.UtcNow - age;
            foreach (var message in (await db.Set<OutboxMessage>().ToListAsync()).Where(m => About(m, ficheId) && m.ProcessedAt is not null))
            {
                message.OccurredAt = at;
                message.ProcessedAt = at;
            }

            var inbox = (await db.Set<InboxMessage>().ToListAsync()).Where(m => About(m, ficheId) && m.ProcessedAt is not null).ToList();
            foreach (var message in inbox)
            {
                message.OccurredAt = at;
                message.ReceivedAt = at;
                message.ProcessedAt = at;
            }

            var ids = inbox.Select(m => m.MessageId).ToHashSet();
            foreach (var consumer in (await db.Set<InboxMessageConsumer>().ToListAsync()).Where(c => ids.Contains(c.MessageId)))
            {
                consumer.ProcessedAt = at;
            }
        });

    public static async Task<IScheduler> SchedulerAsync(SocialErpApiFactory factory) =>
        await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    /// <summary>The status of one check in <c>/health/ready</c>, or null when the check is not registered.</summary>
    public static async Task<string?> ReadyCheckStatusAsync(SocialErpApiFactory factory, string name)
    {
        using var client = factory.CreateClient();
        var report = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        return report.GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString() == name)
            .Select(c => c.GetProperty("status").GetString())
            .SingleOrDefault();
    }

    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for: {what}");
            }

            await Task.Delay(100);
        }
    }

    private static bool About(StoredMessage message, Guid ficheId) =>
        message.Payload.Contains(ficheId.ToString(), StringComparison.OrdinalIgnoreCase);
}
