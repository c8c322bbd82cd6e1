using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// Hands a module's inbox messages to its handlers. Messages seen for the first time go through together in one
/// transaction (<see cref="InboxBatch"/>). A message that failed before, or a batch that rolled back, goes one by
/// one: each handler then runs in its own transaction together with the row proving it ran, so a redelivery never
/// runs a successful handler twice. Transient faults are retried at once (Polly); a message still failing is
/// retried later with backoff, then parked after MaxAttempts.
/// </summary>
internal sealed class InboxProcessor
{
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly InboxBatch _batch;
    private readonly SubscriptionCatalogue _subscriptions;
    private readonly IntegrationEventSerializer _serializer;
    private readonly MessagingOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<InboxProcessor> _logger;
    private readonly ResiliencePipeline _retry;

    public InboxProcessor(
        IServiceScopeFactory scopeFactory,
        InboxBatch batch,
        SubscriptionCatalogue subscriptions,
        IntegrationEventSerializer serializer,
        IOptions<MessagingOptions> options,
        TimeProvider timeProvider,
        ILogger<InboxProcessor> logger)
    {
        _scopeFactory = scopeFactory;
        _batch = batch;
        _subscriptions = subscriptions;
        _serializer = serializer;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, _options.InProcessRetries),
                Delay = _options.InProcessRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not (PermanentMessageException or OperationCanceledException)),
            })
            .Build();
    }

    private DateTime Now => _timeProvider.GetUtcNow().UtcDateTime;

    public async Task<int> ProcessAsync(MessagingModule module, CancellationToken cancellationToken)
    {
        List<InboxMessage> messages;
        await using (var scope = _scopeFactory.CreateAsyncScope())
        {
            var db = Context(scope, module);
            var claimed = await MessageStore.ClaimAsync<InboxMessage>(db, Now, _options, onlyUnparked: true, cancellationToken);
            if (claimed.Count == 0)
            {
                return 0;
            }

            messages = await db.Set<InboxMessage>().AsNoTracking()
                .Where(m => claimed.Contains(m.Sequence)).OrderBy(m => m.Sequence).ToListAsync(cancellationToken);
        }

        // A message that already failed stays out of the batch: it would roll the batch back at each of its retries.
        var fresh = messages.Where(m => m.Attempts == 0).ToList();
        var oneByOne = messages.Where(m => m.Attempts > 0).ToList();
        if (fresh.Count > 0)
        {
            oneByOne.AddRange(await _batch.ProcessAsync(module, fresh, cancellationToken));
        }

        foreach (var message in oneByOne)
        {
            await ProcessOneAsync(module, message, cancellationToken);
        }

        return messages.Count;
    }

    private async Task ProcessOneAsync(MessagingModule module, InboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var integrationEvent = _serializer.Deserialize(message.Type, message.Payload);
            foreach (var subscription in _subscriptions.Handlers(module.Name, message.Type))
            {
                await _retry.ExecuteAsync(
                    async token => await RunHandlerAsync(module, message, subscription, integrationEvent, token),
                    cancellationToken);
            }

            await UpdateAsync(module, message.Sequence, m =>
            {
                m.ProcessedAt = Now;
                m.LastError = null;
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var park = exception is PermanentMessageException || attempts >= _options.MaxAttempts;
            _logger.LogError(exception, "Message {MessageId} ({Type}) failed in module {Module}, attempt {Attempt}{Parked}",
                message.MessageId, message.Type, module.Name, attempts, park ? ", parked" : "");
            await UpdateAsync(module, message.Sequence, m =>
            {
                m.Attempts = attempts;
                m.LastError = Describe(exception);
                m.NextAttemptAt = Now + RetrySchedule.Delay(_options, attempts);
                m.ParkedAt = park ? Now : null;
            }, cancellationToken);
        }
    }

    private async Task RunHandlerAsync(
        MessagingModule module, InboxMessage message, Subscription subscription, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await using var scope = _scopeFactory.CreateAsyncScope();
        var db = Context(scope, module);
        var alreadyDone = await db.Set<InboxMessageConsumer>()
            .AnyAsync(c => c.MessageId == message.MessageId && c.Handler == subscription.HandlerName, cancellationToken);
        if (alreadyDone)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Database.AutoSavepointsEnabled = false; // all or nothing: the handler's effects and the row proving it ran
        await subscription.RunAsync(scope.ServiceProvider, db, message.MessageId, integrationEvent, Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task UpdateAsync(MessagingModule module, long sequence, Action<InboxMessage> change, CancellationToken cancellationToken)
    {
        await using var scope = _scopeFactory.CreateAsyncScope();
        var db = Context(scope, module);
        var row = await db.Set<InboxMessage>().SingleAsync(m => m.Sequence == sequence, cancellationToken);
        change(row);
        row.LockedUntil = null;
        row.LockedBy = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DbContext Context(AsyncServiceScope scope, MessagingModule module) =>
        (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);

    private static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        return text.Length <= MessagingModelBuilderExtensions.ErrorMaxLength ? text : text[..MessagingModelBuilderExtensions.ErrorMaxLength];
    }
}
