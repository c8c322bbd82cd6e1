using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;

/// <summary>
/// The bank confirmed (camt.054 debit notification) the orders of a payment batch. Each order's booking already
/// published <see cref="PaiementComptabiliseIntegrationEvent"/>; this says the batch left the bank.
/// </summary>
[IntegrationEventName("comptabilite.lot-paiements-execute.v1")]
public sealed record LotPaiementsExecuteIntegrationEvent(
    Guid LotId,
    DateOnly DateExecution,
    int NombreOrdres,
    decimal Montant) : IntegrationEvent
{
    public override string AggregateKey => $"lot-paiements:{LotId}";
}
