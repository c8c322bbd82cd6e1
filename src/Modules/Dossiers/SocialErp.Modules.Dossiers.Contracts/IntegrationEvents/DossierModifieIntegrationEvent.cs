using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// A dossier's core data changed (name, prestation, commune of domicile…); the payload carries the new values and
/// the API names of the fields that changed.
/// </summary>
[IntegrationEventName("dossiers.dossier-modifie.v1")]
public sealed record DossierModifieIntegrationEvent(
    Guid DossierId,
    string Numero,
    string Nom,
    string Prestation,
    int? CommuneDomicile,
    IReadOnlyList<string> ChampsModifies) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
