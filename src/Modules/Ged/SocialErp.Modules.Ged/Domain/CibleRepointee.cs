using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Ged.Domain;

/// <summary>
/// A document link of the absorbed fiche that a merge re-pointed, remembered under the merge's id until the merge is
/// undone: moved to the kept fiche, or dropped (<see cref="Retiree"/>) because the document was already on the kept
/// fiche. Undoing the merge moves back, or restores, exactly these links. A technical trace, hence not audited.
/// </summary>
[NonAudite]
internal sealed class CibleRepointee
{
    private CibleRepointee()
    {
    }

    public Guid FusionId { get; private set; }

    public Guid DocumentId { get; private set; }

    /// <summary>The document was on both fiches: the merge deleted the absorbed fiche's link instead of moving it.</summary>
    public bool Retiree { get; private set; }

    public static CibleRepointee ParFusion(Guid fusionId, Guid documentId, bool retiree) =>
        new() { FusionId = fusionId, DocumentId = documentId, Retiree = retiree };
}
