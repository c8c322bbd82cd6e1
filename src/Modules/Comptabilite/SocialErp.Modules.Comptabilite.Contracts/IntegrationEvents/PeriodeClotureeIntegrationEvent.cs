using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;

/// <summary>An accounting month (<c>Mois</c> 1–12) was closed, or reopened when <c>Rouverte</c> is true.</summary>
[IntegrationEventName("comptabilite.periode-cloturee.v1")]
public sealed record PeriodeClotureeIntegrationEvent(int Annee, int Mois, bool Rouverte) : IntegrationEvent
{
    public override string AggregateKey => $"periode:{Annee:D4}-{Mois:D2}";
}
