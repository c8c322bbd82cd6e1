using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// A search key of a fiche (see <see cref="TermesRecherche"/>) with the fiche's sort key beside it, so a search
/// reads its first page in order from the (terme, tri, fiche_id) index and stops; derived data, so not audited.
/// </summary>
[NonAudite]
internal sealed class FicheTerme
{
    public const int TriMaxLength = 100;

    public FicheTerme(Guid ficheId, string terme, string tri)
    {
        FicheId = ficheId;
        Terme = terme;
        Tri = tri;
    }

    public Guid FicheId { get; private set; }

    public string Terme { get; private set; }

    /// <summary>The start of the fiche's accent-free names (nom, prénom, e-mail): the order of equal keys.</summary>
    public string Tri { get; private set; }

    public static string TriDe(string texteRecherche) =>
        texteRecherche.Length > TriMaxLength ? texteRecherche[..TriMaxLength] : texteRecherche;

    public void Trier(string tri) => Tri = tri;
}
