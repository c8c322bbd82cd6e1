using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;

/// <summary>
/// A debtor invoice (or a credit note: <c>AvoirDe</c> names the invoice it credits) was issued. <c>DossierIds</c>
/// are the dossiers its lines concern (the Journal notes it in each; Statistiques counts re-billing).
/// </summary>
[IntegrationEventName("comptabilite.facture-debiteur-emise.v1")]
public sealed record FactureDebiteurEmiseIntegrationEvent(
    Guid FactureId,
    string Numero,
    Guid DebiteurId,
    string TypeDebiteur,
    DateOnly Date,
    DateOnly Echeance,
    decimal Montant,
    string TypeReference,
    string Reference,
    Guid? AvoirDe,
    IReadOnlyList<Guid> DossierIds) : IntegrationEvent
{
    public override string AggregateKey => $"facture-debiteur:{AvoirDe ?? FactureId}";
}
