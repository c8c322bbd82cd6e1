using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.SharedKernel.Domain;
using SocialErp.SharedKernel.Messaging;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Base of every module's DbContext. It maps the module's tables under its schema and prefix, adds the
/// module's outbox and inbox tables, and on save: increments aggregate versions, records audit events and
/// writes integration events to the outbox, all in the same transaction as the business change.
/// Instances are pooled (<see cref="PersistenceServiceCollectionExtensions.AddModuleDbContext{TContext}"/>): the
/// pool hands a context to a scope, which attaches its own services with <see cref="AttachScope"/>.
/// </summary>
public abstract class ModuleDbContext : DbContext, IUnitOfWork
{
    private readonly List<IntegrationEvent> _pendingEvents = [];
    private ModuleDbContextDependencies? _dependencies;

    protected ModuleDbContext(DbContextOptions options)
        : base(options)
    {
    }

    private ModuleDbContextDependencies Dependencies =>
        _dependencies ?? throw new InvalidOperationException($"{GetType().Name} was used before a scope was attached (AttachScope).");

    /// <summary>
    /// Gives the context the services of the scope it now serves (current user, clock, audit settings) and forgets
    /// whatever an earlier scope left queued: called each time the pool hands the context out, before any use.
    /// </summary>
    public void AttachScope(ModuleDbContextDependencies dependencies)
    {
        _dependencies = dependencies;
        _pendingEvents.Clear();
        OnScopeAttached();
    }

    /// <summary>Resets a module's own per-scope state (EF resets its own: tracker, transaction, settings).</summary>
    protected virtual void OnScopeAttached()
    {
    }

    /// <summary>The module's short name: PostgreSQL schema, SQLite table prefix, audit and messaging key.</summary>
    public abstract string ModuleName { get; }

    /// <summary>Queues an integration event; it reaches the outbox with the next save.</summary>
    public void Publish(IntegrationEvent integrationEvent) => _pendingEvents.Add(integrationEvent);

    /// <summary>
    /// Forgets the tracked changes and the queued events: after a failed save, so that a retry on the same context
    /// neither writes nor publishes what was rolled back.
    /// </summary>
    public void DiscardChanges()
    {
        ChangeTracker.Clear();
        _pendingEvents.Clear();
    }

    Task IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: module contexts write their outbox asynchronously.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Changes are detected once per save. What follows changes tracked values through EF's entry API only
        // (versions, outbox rows, a module's own writes), so the passes EF makes at each look at the tracker (every
        // Entries(), the base save), each a scan of every tracked row, would find nothing new: 9 % of a posting's
        // host CPU in a profile.
        ChangeTracker.DetectChanges();
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<int> SaveDetectedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var now = Dependencies.TimeProvider.GetUtcNow().UtcDateTime;
        VersionIncrementer.Apply(ChangeTracker);
        if (Dependencies.AuditEnabled && AuditCapture.Capture(ChangeTracker, ModuleName, Dependencies.CurrentUser, now) is { } audit)
        {
            _pendingEvents.Add(audit);
        }

        var wroteMessages = _pendingEvents.Count > 0;
        foreach (var integrationEvent in _pendingEvents)
        {
            Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent, Dependencies.Serializer, Dependencies.CurrentUser, now));
        }

        _pendingEvents.Clear();
        await BeforeTrackedWritesAsync(cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (wroteMessages)
        {
            Dependencies.Signal.Notify();
        }

        return written;
    }

    /// <summary>
    /// Runs inside a save once versions, audit events and outbox rows are staged, just before EF writes the tracked
    /// changes: a module may write some of the staged rows itself (<see cref="MultiRowInsert"/>), in the save's transaction.
    /// </summary>
    protected virtual Task BeforeTrackedWritesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ModuleName);
        ConfigureModel(modelBuilder);
        modelBuilder.AddMessagingTables(ModuleName);
        ModelConventions.Apply(modelBuilder, ModuleName);
    }

    /// <summary>The module's own entity configurations.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
