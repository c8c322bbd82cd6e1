using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// Who may see a dossier and which fiches it holds changed (members, referents, shares, service after a
/// transfer). The payload is the complete state; consumers (Fiches: "a user sees the fiches of the dossiers they
/// can see") replace their projection when <c>Version</c> is greater than the one they hold.
/// </summary>
[IntegrationEventName("dossiers.acces-dossier-modifie.v1")]
public sealed record AccesDossierModifieIntegrationEvent(
    Guid DossierId,
    long Version,
    Guid? ServiceId,
    IReadOnlyList<Guid> ServicesPartages,
    IReadOnlyList<Guid> UtilisateursAutorises,
    IReadOnlyList<Guid> FicheIds) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
