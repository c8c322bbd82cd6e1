using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>A dossier was opened, with its first members.</summary>
[IntegrationEventName("dossiers.dossier-ouvert.v1")]
public sealed record DossierOuvertIntegrationEvent(
    Guid DossierId,
    string Numero,
    string Nom,
    string Prestation,
    int? CommuneDomicile,
    Guid? ServiceId,
    DateOnly DateOuverture,
    IReadOnlyList<MembreDossier> Membres) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
