using System.Linq.Expressions;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>
/// Row-level visibility of dossiers: administration and direction see all; others see the dossiers of which they
/// or someone under them (<see cref="IHierarchieUtilisateurs"/>) is an active referent, those shared with them or
/// their service, and — when their service's policy allows it — the dossiers of their service. What a user may
/// not see answers 404.
/// </summary>
internal sealed class DossiersVisibles(
    ICurrentUser user, IHierarchieUtilisateurs hierarchie, VisibiliteParService visibiliteParService, TimeProvider timeProvider)
{
    private Expression<Func<Dossier, bool>>? _filtre;

    public async Task<Expression<Func<Dossier, bool>>> FiltreAsync(CancellationToken cancellationToken)
    {
        if (_filtre is not null)
        {
            return _filtre;
        }

        if (user.VoitTousLesServices)
        {
            return _filtre = _ => true;
        }

        if (user.Id is not { } moi)
        {
            return _filtre = _ => false;
        }

        var equipe = (await hierarchie.SubordonnesAsync(moi, cancellationToken)).Append(moi).ToArray();
        var serviceId = user.ServiceId;
        var aujourdhui = timeProvider.Aujourdhui();
        var parService = visibiliteParService.ServiceVoit(serviceId);
        return _filtre = d =>
            d.Referents.Any(r => r.Au == null && equipe.Contains(r.UtilisateurId))
            || d.Partages.Any(p => (p.Au == null || p.Au >= aujourdhui)
                && (p.UtilisateurId == moi || (serviceId != null && p.ServiceId == serviceId)))
            || (parService && d.ServiceId == serviceId);
    }
}
