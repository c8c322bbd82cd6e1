using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>A search key of a fiche (see <see cref="TermesRecherche"/>); derived data, so not audited.</summary>
[NonAudite]
internal sealed class FicheTerme
{
    public FicheTerme(Guid ficheId, string terme)
    {
        FicheId = ficheId;
        Terme = terme;
    }

    public Guid FicheId { get; private set; }

    public string Terme { get; private set; }
}
