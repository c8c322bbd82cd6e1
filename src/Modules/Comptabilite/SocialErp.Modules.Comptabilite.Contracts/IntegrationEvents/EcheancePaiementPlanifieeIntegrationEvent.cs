using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;

/// <summary>
/// A budget run scheduled the month's payments of a dossier: the Journal shows the due date. One event per dossier
/// and month (<c>Montant</c> is the sum of its payment orders, <c>NombreOrdres</c> how many).
/// </summary>
[IntegrationEventName("comptabilite.echeance-paiement-planifiee.v1")]
public sealed record EcheancePaiementPlanifieeIntegrationEvent(
    Guid ExecutionId,
    Guid BudgetId,
    Guid DossierId,
    Guid? FicheId,
    string Mois,
    DateOnly DateEcheance,
    decimal Montant,
    int NombreOrdres,
    string Libelle) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
