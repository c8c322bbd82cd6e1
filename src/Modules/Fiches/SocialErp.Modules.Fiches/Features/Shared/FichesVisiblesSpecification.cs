using System.Linq.Expressions;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>
/// Row-level visibility: a user sees the fiches of their service and the fiches of the dossiers they can see
/// (the local <see cref="AccesFiche"/> projection: one key probe per fiche, in SQL); administration and direction see all.
/// </summary>
internal static class FichesVisibles
{
    public static ISpecificationBuilder<Fiche> VisiblesPar(this ISpecificationBuilder<Fiche> query, ICurrentUser user) =>
        user.VoitTousLesServices ? query : query.Where(Regle(user));

    public static IQueryable<Fiche> VisiblesPar(this IQueryable<Fiche> query, ICurrentUser user) =>
        user.VoitTousLesServices ? query : query.Where(Regle(user));

    private static Expression<Func<Fiche, bool>> Regle(ICurrentUser user)
    {
        var serviceId = user.ServiceId;
        var utilisateurId = user.Id;
        return f => (serviceId != null && f.ServiceId == serviceId)
            || f.AccesParDossiers.Any(a => a.AyantDroitId == serviceId || a.AyantDroitId == utilisateurId);
    }
}
