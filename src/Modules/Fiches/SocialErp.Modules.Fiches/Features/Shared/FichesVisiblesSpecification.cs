using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>
/// Row-level visibility: a user sees the fiches of their service; administration and direction see all.
/// (Fiches linked to dossiers the user can see join this rule with the Dossiers module.)
/// </summary>
internal static class FichesVisibles
{
    public static ISpecificationBuilder<Fiche> VisiblesPar(this ISpecificationBuilder<Fiche> query, ICurrentUser user)
    {
        if (user.VoitTousLesServices)
        {
            return query;
        }

        var serviceId = user.ServiceId;
        return query.Where(f => serviceId != null && f.ServiceId == serviceId);
    }
}
