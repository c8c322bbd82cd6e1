using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// A journal entry whose participants a fiche merge re-pointed from the absorbed fiche to the kept one, remembered
/// under the merge's id with the list before and after (<see cref="ListeIds"/>): undoing that merge puts back the
/// list before only while the entry still has the list after, so a participant change made since by a user stays.
/// A technical trace like <see cref="EntreeDeplacee"/>, hence not audited.
/// </summary>
[NonAudite]
internal sealed class ParticipantsRepointes
{
    private ParticipantsRepointes()
    {
    }

    public Guid FusionId { get; private set; }

    public Guid EntreeId { get; private set; }

    public string Avant { get; private set; } = "";

    public string Apres { get; private set; } = "";

    public static ParticipantsRepointes ParFusion(Guid fusionId, Guid entreeId, string avant, string apres) =>
        new() { FusionId = fusionId, EntreeId = entreeId, Avant = avant, Apres = apres };
}
