using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Fiches.Contracts.Queries;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>
/// Asks Fiches and Dossiers whether the current user may see the persons and dossiers a line names; an unknown id
/// and an invisible one get the same answer. Each id is asked once per request; <see cref="FichesAsync"/> asks for
/// several persons in one query (an entry's lines).
/// </summary>
internal sealed class DimensionsVisibles(IFicheVisibilite fiches, IDossierVisibilite dossiers)
{
    private readonly Dictionary<Guid, bool> _fiches = [];
    private readonly Dictionary<Guid, bool> _dossiers = [];
    private bool _systeme;

    /// <summary>
    /// For work the system does on its own outside any request (the demo data, the scheduled periodic invoicing): every
    /// fiche and dossier is in scope, as for the budget run. Never called on a request's path.
    /// </summary>
    public void CommeSysteme() => _systeme = true;

    public async Task<bool> FicheAsync(Guid id, CancellationToken cancellationToken)
    {
        if (_systeme)
        {
            return true;
        }

        if (!_fiches.TryGetValue(id, out var visible))
        {
            visible = await fiches.EstVisibleAsync(id, cancellationToken);
            _fiches[id] = visible;
        }

        return visible;
    }

    /// <summary>Asks Fiches at once about those of <paramref name="ids"/> not asked yet; <see cref="FicheAsync"/> then answers from memory.</summary>
    public async Task FichesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        if (_systeme)
        {
            return;
        }

        var inconnues = ids.Where(id => !_fiches.ContainsKey(id)).Distinct().ToList();
        if (inconnues.Count == 0)
        {
            return;
        }

        var visibles = await fiches.VisiblesAsync(inconnues, cancellationToken);
        foreach (var id in inconnues)
        {
            _fiches[id] = visibles.Contains(id);
        }
    }

    /// <summary>
    /// Whether an entry's lines are all visible: every person, dossier and allocation unit they name (the rule of
    /// <c>GET /ecritures/{id}</c>, its reversal and its documents).
    /// </summary>
    public async Task<bool> LignesAsync(IReadOnlyCollection<DimensionsLigne> lignes, CancellationToken cancellationToken)
    {
        await FichesAsync(lignes.Where(l => l.FicheId is not null).Select(l => l.FicheId!.Value), cancellationToken);
        foreach (var ligne in lignes)
        {
            if ((ligne.FicheId is { } fiche && !await FicheAsync(fiche, cancellationToken))
                || (ligne.DossierId is { } dossier && !await DossierAsync(dossier, cancellationToken))
                || (ligne.UniteAllocationId is { } ua && !await DossierAsync(ua, cancellationToken)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether one of these dossiers is visible (a supplier invoice split over several dossiers).</summary>
    public async Task<bool> UnDossierAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids.Distinct())
        {
            if (await DossierAsync(id, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    public async Task<bool> DossierAsync(Guid id, CancellationToken cancellationToken)
    {
        if (_systeme)
        {
            return true;
        }

        if (!_dossiers.TryGetValue(id, out var visible))
        {
            visible = await dossiers.EstVisibleAsync(id, cancellationToken);
            _dossiers[id] = visible;
        }

        return visible;
    }
}
