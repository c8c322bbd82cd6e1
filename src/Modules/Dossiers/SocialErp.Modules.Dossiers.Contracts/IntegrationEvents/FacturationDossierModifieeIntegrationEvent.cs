using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// Billing of a dossier was blocked or unblocked (by an event's effect or by hand): budget runs and debtor
/// invoicing skip blocked dossiers from <c>Date</c>.
/// </summary>
[IntegrationEventName("dossiers.facturation-modifiee.v1")]
public sealed record FacturationDossierModifieeIntegrationEvent(
    Guid DossierId,
    bool Bloquee,
    DateOnly Date,
    string? Motif) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
