using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;

/// <summary>
/// A balanced entry was posted (immutable from now on). <c>Periode</c> is its accounting month (<c>yyyy-MM</c>);
/// <c>ExtourneDe</c> is set when it reverses another entry.
/// </summary>
[IntegrationEventName("comptabilite.ecriture-passee.v1")]
public sealed record EcriturePasseeIntegrationEvent(
    Guid EcritureId,
    DateOnly Date,
    string Periode,
    string Libelle,
    Guid? ExtourneDe,
    IReadOnlyList<LigneEcritureComptable> Lignes) : IntegrationEvent
{
    public override string AggregateKey => $"ecriture:{EcritureId}";
}
