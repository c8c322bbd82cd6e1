using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// "A user sees the fiches of the dossiers they can see", kept locally (Dossiers owns the rule): the fiche is in
/// that dossier and the dossier is visible to <see cref="AyantDroitId"/> — its service, a service it is shared
/// with, or an authorised user (service and user ids are distinct UUIDs). <see cref="Referent"/> marks a referent,
/// whose managers see the dossier too (resolved when reading). Derived data, so not audited.
/// </summary>
[NonAudite]
internal sealed class AccesFiche(Guid ficheId, Guid ayantDroitId, Guid dossierId, bool referent)
{
    public Guid FicheId { get; private set; } = ficheId;

    public Guid AyantDroitId { get; private set; } = ayantDroitId;

    public Guid DossierId { get; private set; } = dossierId;

    public bool Referent { get; private set; } = referent;
}
