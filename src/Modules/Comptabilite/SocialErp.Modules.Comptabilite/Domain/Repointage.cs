using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// A fiche merge as the ledger sees it: lines keep the absorbed fiche's id (history is never rewritten) and every
/// read of the kept fiche includes them. Chains are flattened: if the kept fiche is absorbed later, its rows point
/// at the new survivor, so one lookup always gives the live person. Undoing the merge (<see cref="FusionId"/>) removes
/// the record and sends the records it carried along back to the absorbed fiche (<see cref="RepointageDeplace"/>).
/// </summary>
[NonAudite]
internal sealed class Repointage
{
    public Guid AbsorbeeId { get; private set; }

    public Guid ConserveeId { get; private set; }

    public DateTime Le { get; private set; }

    public Guid SourceMessageId { get; private set; }

    /// <summary>The merge in Fiches; null for records of merges announced before merges had an id.</summary>
    public Guid? FusionId { get; private set; }

    public static Repointage Enregistrer(Guid absorbeeId, Guid conserveeId, Guid? fusionId, DateTime le, Guid sourceMessageId) =>
        new() { AbsorbeeId = absorbeeId, ConserveeId = conserveeId, FusionId = fusionId, Le = le, SourceMessageId = sourceMessageId };

    /// <summary>Whether this record is the one the merge <paramref name="fusionId"/> of these two fiches wrote.</summary>
    public bool VientDe(Guid fusionId, Guid conserveeId) => FusionId == fusionId || (FusionId is null && ConserveeId == conserveeId);

    public void RepointerVers(Guid conserveeId) => ConserveeId = conserveeId;
}
