using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// The version of a dossier's access state last applied to <see cref="AccesFiche"/> (projection of
/// <c>dossiers.acces-dossier-modifie.v1</c>): an event is applied only when newer.
/// </summary>
[NonAudite]
internal sealed class AccesDossier(Guid dossierId, long version)
{
    public Guid DossierId { get; private set; } = dossierId;

    public long Version { get; private set; } = version;

    public void Passer(long version) => Version = version;
}
