using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;

/// <summary>
/// A debtor invoice is settled: what was paid and credited covers its amount. Published once, when the payment
/// that settles it is booked (<c>Date</c> is that payment's booking date).
/// </summary>
[IntegrationEventName("comptabilite.facture-debiteur-payee.v1")]
public sealed record FactureDebiteurPayeeIntegrationEvent(
    Guid FactureId,
    string Numero,
    Guid DebiteurId,
    DateOnly Date,
    decimal Montant,
    decimal MontantPaye,
    IReadOnlyList<Guid> DossierIds) : IntegrationEvent
{
    public override string AggregateKey => $"facture-debiteur:{FactureId}";
}
