using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.SharedKernel.Security;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>What every module DbContext needs from the platform to write its outbox and audit rows.</summary>
public sealed class ModuleDbContextDependencies(
    IntegrationEventSerializer serializer,
    ICurrentUser currentUser,
    TimeProvider timeProvider,
    MessagingSignal signal,
    IOptions<AuditOptions> audit)
{
    internal IntegrationEventSerializer Serializer { get; } = serializer;

    internal ICurrentUser CurrentUser { get; } = currentUser;

    internal TimeProvider TimeProvider { get; } = timeProvider;

    internal MessagingSignal Signal { get; } = signal;

    internal bool AuditEnabled { get; } = audit.Value.Enabled;
}
