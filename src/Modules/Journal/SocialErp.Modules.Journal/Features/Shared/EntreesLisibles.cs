using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Features.Shared;

/// <summary>
/// Confidentiality of entries, for a reader who already sees the target: "dossier" entries are read by all,
/// "metier" ones by the author's trade, "utilisateurs" ones by the named users; the author always reads their own.
/// </summary>
internal static class EntreesLisibles
{
    public static ISpecificationBuilder<EntreeJournal> LisiblesPar(this ISpecificationBuilder<EntreeJournal> query, ICurrentUser user)
    {
        var userId = user.Id ?? Guid.Empty;
        var metier = user.Metier ?? "";
        var motif = ListeIds.Motif(userId);
        return query.Where(e =>
            e.Confidentialite == Confidentialite.Dossier
            || e.AuteurId == userId
            || (e.Confidentialite == Confidentialite.Metier && e.AuteurMetier == metier)
            || (e.Confidentialite == Confidentialite.Utilisateurs && e.Destinataires.Contains(motif)));
    }

    public static bool EstLisiblePar(this EntreeJournal entree, ICurrentUser user) =>
        entree.Confidentialite == Confidentialite.Dossier
        || (user.Id is { } id && entree.AuteurId == id)
        || (entree.Confidentialite == Confidentialite.Metier && entree.AuteurMetier == user.Metier)
        || (entree.Confidentialite == Confidentialite.Utilisateurs && user.Id is { } moi && ListeIds.Lire(entree.Destinataires).Contains(moi));
}
