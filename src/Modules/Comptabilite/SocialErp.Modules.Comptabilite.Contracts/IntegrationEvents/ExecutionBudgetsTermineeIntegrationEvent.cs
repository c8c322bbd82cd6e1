using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;

/// <summary>A month's budget run finished: how many budgets were paid, skipped (blocked or closed dossiers) or failed.</summary>
[IntegrationEventName("comptabilite.execution-budgets-terminee.v1")]
public sealed record ExecutionBudgetsTermineeIntegrationEvent(
    Guid ExecutionId,
    string Mois,
    int Total,
    int Payes,
    int Ignores,
    int EnErreur,
    int NombreOrdres,
    decimal Montant) : IntegrationEvent
{
    public override string AggregateKey => $"execution-budgets:{Mois}";
}
