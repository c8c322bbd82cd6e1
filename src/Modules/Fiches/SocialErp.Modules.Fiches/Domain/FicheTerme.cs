using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// A search key of a fiche (see <see cref="TermesRecherche"/>) with the fiche's sort key beside it, so a search
/// reads its first page in order from the (terme, tri, fiche_id, precedent) index and stops, and the fiche's key
/// just before it, so that the scan keeps each fiche once — at its first key in the range — without looking up the
/// fiche's other keys; derived data, so not audited.
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

    /// <summary>
    /// The fiche's greatest key below this one in ordinal order (the order of SQLite's BINARY and PostgreSQL's
    /// C collations), null for its first. A key is the fiche's first in a range starting at d exactly when
    /// <c>Precedent</c> is null or lower than d.
    /// </summary>
    public string? Precedent { get; private set; }

    public static string TriDe(string texteRecherche) =>
        texteRecherche.Length > TriMaxLength ? texteRecherche[..TriMaxLength] : texteRecherche;

    public void Trier(string tri) => Tri = tri;

    /// <summary>Links the keys of one fiche, each to the one before it in ordinal order.</summary>
    public static void Chainer(IEnumerable<FicheTerme> termesDUneFiche)
    {
        string? precedent = null;
        foreach (var terme in termesDUneFiche.OrderBy(t => t.Terme, StringComparer.Ordinal))
        {
            if (!string.Equals(terme.Precedent, precedent, StringComparison.Ordinal))
            {
                terme.Precedent = precedent;
            }

            precedent = terme.Terme;
        }
    }
}
