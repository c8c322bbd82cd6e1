using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// A fiche's journal entry that a merge moved from the absorbed fiche to the kept one, remembered under the merge's
/// id: undoing that merge moves back exactly these entries, not those written on the kept fiche since. A technical
/// trace (the journal itself shows the merge), hence not audited.
/// </summary>
[NonAudite]
internal sealed class EntreeDeplacee
{
    private EntreeDeplacee()
    {
    }

    public Guid FusionId { get; private set; }

    public Guid EntreeId { get; private set; }

    public static EntreeDeplacee ParFusion(Guid fusionId, Guid entreeId) => new() { FusionId = fusionId, EntreeId = entreeId };
}
