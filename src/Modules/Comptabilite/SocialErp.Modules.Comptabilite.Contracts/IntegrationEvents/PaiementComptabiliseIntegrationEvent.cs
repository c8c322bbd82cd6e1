using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;

/// <summary>
/// A payment to or for a beneficiary was booked. <c>Ordinaire</c> marks a regular (budget) payment: Dossiers takes
/// the last ordinary payment's date for the six-month closing rule; the Journal shows every payment.
/// </summary>
[IntegrationEventName("comptabilite.paiement-comptabilise.v1")]
public sealed record PaiementComptabiliseIntegrationEvent(
    Guid PaiementId,
    Guid? DossierId,
    Guid? FicheId,
    DateOnly Date,
    decimal Montant,
    bool Ordinaire,
    string Libelle) : IntegrationEvent
{
    public override string AggregateKey => DossierId is { } dossierId ? $"dossier:{dossierId}" : $"paiement:{PaiementId}";
}
