using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// A fiche merge as the ledger sees it: lines keep the absorbed fiche's id (history is never rewritten) and every
/// read of the kept fiche includes them. Chains are flattened: if the kept fiche is absorbed later, its rows point
/// at the new survivor, so one lookup always gives the live person.
/// </summary>
[NonAudite]
internal sealed class Repointage
{
    public Guid AbsorbeeId { get; private set; }

    public Guid ConserveeId { get; private set; }

    public DateTime Le { get; private set; }

    public Guid SourceMessageId { get; private set; }

    public static Repointage Enregistrer(Guid absorbeeId, Guid conserveeId, DateTime le, Guid sourceMessageId) =>
        new() { AbsorbeeId = absorbeeId, ConserveeId = conserveeId, Le = le, SourceMessageId = sourceMessageId };

    public void RepointerVers(Guid conserveeId) => ConserveeId = conserveeId;
}
