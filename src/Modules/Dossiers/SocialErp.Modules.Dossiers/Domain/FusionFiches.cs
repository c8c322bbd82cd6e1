using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// Dossiers' memory of one merge of fiches (its id is the merge's <c>FusionId</c>): what the merge moved from the
/// absorbed fiche to the kept one, in the dossiers (<see cref="Dossiers"/>) and in their follow-up records
/// (<see cref="Suivi"/>), so that an un-merge moves exactly that back. Each part is handed back once; once the merge
/// is undone, a late redelivery of the merge is ignored. Not audited: the moves themselves are, on the rows they change.
/// </summary>
[NonAudite]
internal sealed class FusionFiches : AggregateRoot
{
    private FusionFiches(Guid id, Guid conserveeId, Guid absorbeeId, DateTime recueLe)
        : base(id)
    {
        ConserveeId = conserveeId;
        AbsorbeeId = absorbeeId;
        RecueLe = recueLe;
    }

    public Guid ConserveeId { get; private set; }

    public Guid AbsorbeeId { get; private set; }

    public DateTime RecueLe { get; private set; }

    public DateTime? AnnuleeLe { get; private set; }

    public IReadOnlyList<RepriseDossier> Dossiers { get; private set; } = [];

    public RepriseSuivi Suivi { get; private set; } = RepriseSuivi.Aucune;

    public bool EstAnnulee => AnnuleeLe is not null;

    public static FusionFiches Recevoir(Guid fusionId, Guid conserveeId, Guid absorbeeId, DateTime maintenant) =>
        new(fusionId, conserveeId, absorbeeId, maintenant);

    public void RetenirDossiers(IReadOnlyList<RepriseDossier> reprises) => Dossiers = [.. Dossiers, .. reprises];

    public void RetenirSuivi(RepriseSuivi reprise) => Suivi = Suivi.Et(reprise);

    /// <summary>The merge is undone: answers what it moved in the dossiers, once (then nothing).</summary>
    public IReadOnlyList<RepriseDossier> RendreDossiers(DateTime maintenant)
    {
        var reprises = Dossiers;
        Dossiers = [];
        AnnuleeLe ??= maintenant;
        return reprises;
    }

    /// <summary>The merge is undone: answers what it moved in the follow-up records, once (then nothing).</summary>
    public RepriseSuivi RendreSuivi(DateTime maintenant)
    {
        var reprise = Suivi;
        Suivi = RepriseSuivi.Aucune;
        AnnuleeLe ??= maintenant;
        return reprise;
    }
}
