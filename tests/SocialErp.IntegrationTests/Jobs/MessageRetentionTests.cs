using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.Host.Jobs;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Jobs.JobsTestSupport;

namespace SocialErp.IntegrationTests.Jobs;

/// <summary>The purge of processed messages, run directly and through the scheduler, on each provider.</summary>
public abstract class MessageRetentionTests(ApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Purge_ProcessedLongerAgoThanRetention_DeletesThemWithTheirConsumersAndKeepsTheRest()
    {
        using var admin = await Factory.AdminClientAsync();
        var ancienne = await CreerFicheAsync(admin, "Ancienne");
        var recente = await CreerFicheAsync(admin, "Recente");
        var parquee = await CreerFicheAsync(admin, "Parquee");
        await Factory.DrainMessagesAsync();
        var enAttente = await CreerFicheAsync(admin, "EnAttente");

        await BackdateProcessedAsync(Factory, ancienne, TimeSpan.FromDays(31));
        await BackdateProcessedAsync(Factory, recente, TimeSpan.FromDays(29));
        await BackdateProcessedAsync(Factory, parquee, TimeSpan.FromDays(60));
        await ForEachModuleAsync(Factory, async db =>
        {
            var longAgo = DateTime.UtcNow.AddDays(-60);
            foreach (var message in (await db.Set<InboxMessage>().ToListAsync()).Where(m => m.Payload.Contains(parquee.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                message.ProcessedAt = null;
                message.ParkedAt = longAgo;
                message.Attempts = 5;
                message.LastError = "InvalidOperationException: panne simulée";
            }

            foreach (var message in (await db.Set<OutboxMessage>().ToListAsync()).Where(m => m.Payload.Contains(enAttente.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                message.OccurredAt = longAgo;
            }
        });

        var before = new
        {
            Ancienne = await RowsAboutAsync(Factory, ancienne),
            Recente = await RowsAboutAsync(Factory, recente),
            Parquee = await RowsAboutAsync(Factory, parquee),
            EnAttente = await RowsAboutAsync(Factory, enAttente),
        };
        Assert.NotEmpty(before.Ancienne.Outbox);
        Assert.NotEmpty(before.Ancienne.Inbox);
        Assert.NotEmpty(before.Ancienne.Consumers);
        Assert.NotEmpty(before.Recente.Inbox);
        Assert.NotEmpty(before.Parquee.Consumers);
        Assert.All(before.Parquee.Inbox, m => Assert.NotNull(m.Row.ParkedAt));
        Assert.NotEmpty(before.EnAttente.Outbox);
        Assert.All(before.EnAttente.Outbox, m => Assert.Null(m.Row.ProcessedAt));

        var results = await Factory.Services.GetRequiredService<MessageRetention>().PurgeAsync(CancellationToken.None);

        Assert.True(results.Single(r => r.Module == "fiches").OutboxMessages > 0);
        Assert.True(results.Single(r => r.Module == "journal").InboxMessages > 0);
        Assert.True(results.Single(r => r.Module == "journal").InboxConsumers > 0);
        Assert.All(results, r =>
        {
            var ancienne = before.Ancienne.In(r.Module);
            var parquee = before.Parquee.In(r.Module);
            Assert.Equal(ancienne with { OutboxMessages = ancienne.OutboxMessages + parquee.OutboxMessages }, r);
        });

        Assert.Equal(0, (await RowsAboutAsync(Factory, ancienne)).Count);
        var recenteAfter = await RowsAboutAsync(Factory, recente);
        Assert.Equal(
            (before.Recente.Outbox.Count, before.Recente.Inbox.Count, before.Recente.Consumers.Count),
            (recenteAfter.Outbox.Count, recenteAfter.Inbox.Count, recenteAfter.Consumers.Count));
        var parqueeAfter = await RowsAboutAsync(Factory, parquee);
        Assert.Empty(parqueeAfter.Outbox);
        Assert.Equal(before.Parquee.Inbox.Count, parqueeAfter.Inbox.Count);
        Assert.Equal(before.Parquee.Consumers.Count, parqueeAfter.Consumers.Count);
        Assert.Equal(before.EnAttente.Outbox.Count, (await RowsAboutAsync(Factory, enAttente)).Outbox.Count);
    }

    [Fact]
    public async Task PurgeMessagesJob_TriggeredOnTheScheduler_PurgesOldProcessedMessages()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin, "PurgeeParLeJob");
        await Factory.DrainMessagesAsync();
        await BackdateProcessedAsync(Factory, fiche, TimeSpan.FromDays(45));
        var before = await RowsAboutAsync(Factory, fiche);
        Assert.NotEmpty(before.Outbox);
        Assert.NotEmpty(before.Inbox);

        var scheduler = await SchedulerAsync(Factory);
        await scheduler.TriggerJob(PurgeMessagesJob.Key);

        await EventuallyAsync(async () => (await RowsAboutAsync(Factory, fiche)).Count == 0, "the purge job to delete the fiche's old messages");
    }
}
