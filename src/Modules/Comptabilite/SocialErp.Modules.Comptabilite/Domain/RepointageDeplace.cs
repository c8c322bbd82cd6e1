using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// The record of an earlier merge into <see cref="Repointage"/>'s absorbed fiche that the merge
/// <see cref="FusionId"/> moved on to its kept fiche (chains stay flat): undoing that merge points it back.
/// </summary>
[NonAudite]
internal sealed class RepointageDeplace
{
    public Guid FusionId { get; private set; }

    public Guid AbsorbeeId { get; private set; }

    public static RepointageDeplace Noter(Guid fusionId, Guid absorbeeId) => new() { FusionId = fusionId, AbsorbeeId = absorbeeId };
}
