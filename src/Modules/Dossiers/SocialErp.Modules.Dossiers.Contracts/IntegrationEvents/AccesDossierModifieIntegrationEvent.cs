using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// Who may see a dossier and which fiches it holds changed (members, referents, shares, service after a
/// transfer). The payload is the complete state; consumers (Fiches: "a user sees the fiches of the dossiers they
/// can see") replace their projection when <c>Version</c> is greater than the one they hold.
/// <c>Referents</c> (absent from events published before it existed) lists which of <c>UtilisateursAutorises</c> are
/// active referents: their hierarchy (managers, directly or not) sees the dossier too, which the other authorised
/// users' (shares) does not. Consumers resolve the hierarchy when they read, as Dossiers does.
/// <c>ServiceVoitLeDossier</c> says whether the members of <c>ServiceId</c> see the dossier for being in its service
/// (false where the service follows the referents-only policy); absent from older events, read as true.
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
    public IReadOnlyList<Guid>? Referents { get; init; }

    public bool? ServiceVoitLeDossier { get; init; }

    public override string AggregateKey => $"dossier:{DossierId}";
}
