using System.Linq.Expressions;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>
/// Row-level visibility: a user sees the fiches of their service and the fiches of the dossiers they can see
/// (the local <see cref="AccesFiche"/> projection: key probes per fiche, in SQL) — as their service, as an authorised
/// user, or as the manager (directly or not) of one of the dossier's referents; administration and direction see all.
/// </summary>
internal static class FichesVisibles
{
    public static ISpecificationBuilder<Fiche> VisiblesPar(this ISpecificationBuilder<Fiche> query, LecteurFiches user) =>
        user.VoitTousLesServices ? query : query.Where(Regle(user));

    public static IQueryable<Fiche> VisiblesPar(this IQueryable<Fiche> query, LecteurFiches user) =>
        user.VoitTousLesServices ? query : query.Where(Regle(user));

    private static Expression<Func<Fiche, bool>> Regle(LecteurFiches user)
    {
        var serviceId = user.ServiceId;
        var utilisateurId = user.Id;
        var subordonnes = user.Subordonnes;
        if (subordonnes.Count == 0)
        {
            return f => (serviceId != null && f.ServiceId == serviceId)
                || f.AccesParDossiers.Any(a => a.AyantDroitId == serviceId || a.AyantDroitId == utilisateurId);
        }

        return f => (serviceId != null && f.ServiceId == serviceId)
            || f.AccesParDossiers.Any(a => a.AyantDroitId == serviceId || a.AyantDroitId == utilisateurId
                || (a.Referent && subordonnes.Contains(a.AyantDroitId)));
    }
}
