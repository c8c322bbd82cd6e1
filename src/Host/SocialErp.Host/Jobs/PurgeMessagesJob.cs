using Quartz;
using SocialErp.BuildingBlocks.Messaging;

namespace SocialErp.Host.Jobs;

/// <summary>Deletes outbox and inbox rows processed longer ago than <c>Messaging:RetentionPeriod</c>.</summary>
[DisallowConcurrentExecution]
internal sealed class PurgeMessagesJob(MessageRetention retention, ILogger<PurgeMessagesJob> logger) : IJob
{
    public static readonly JobKey Key = new("purge-messages", JobsServiceCollectionExtensions.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var results = await retention.PurgeAsync(cancellationToken);
        foreach (var result in results)
        {
            logger.LogInformation(
                "Purged {Total} message row(s) from module {Module}: {Outbox} outbox, {Inbox} inbox, {Consumers} inbox consumer",
                result.Total, result.Module, result.OutboxMessages, result.InboxMessages, result.InboxConsumers);
        }
    }
}
