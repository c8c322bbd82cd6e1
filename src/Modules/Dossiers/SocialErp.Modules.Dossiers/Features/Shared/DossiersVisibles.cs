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

    public async Task<Expression<Func<Dossier, bool>>> FiltreAsync(CancellationToken cancellationToken) =>
        _filtre ??= await FiltrePourAsync(user.Id, user.ServiceId, user.VoitTousLesServices, cancellationToken);

    /// <summary>The same rules for another user, e.g. a colleague a follow-up is given to.</summary>
    public Task<Expression<Func<Dossier, bool>>> FiltrePourAsync(UtilisateurAnnuaire autre, CancellationToken cancellationToken) =>
        FiltrePourAsync(autre.Id, autre.ServiceId, autre.VoitTousLesServices, cancellationToken);

    private async Task<Expression<Func<Dossier, bool>>> FiltrePourAsync(
        Guid? utilisateur, Guid? serviceId, bool voitTousLesServices, CancellationToken cancellationToken)
    {
        if (voitTousLesServices)
        {
            return _ => true;
        }

        if (utilisateur is not { } moi)
        {
            return _ => false;
        }

        var equipe = (await hierarchie.SubordonnesAsync(moi, cancellationToken)).Append(moi).ToArray();
        var aujourdhui = timeProvider.Aujourdhui();
        var parService = visibiliteParService.ServiceVoit(serviceId);
        return d =>
            d.Referents.Any(r => r.Au == null && equipe.Contains(r.UtilisateurId))
            || d.Partages.Any(p => (p.Au == null || p.Au >= aujourdhui)
                && (p.UtilisateurId == moi || (serviceId != null && p.ServiceId == serviceId)))
            || (parService && d.ServiceId == serviceId);
    }
}
