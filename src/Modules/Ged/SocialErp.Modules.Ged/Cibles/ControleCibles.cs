using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Ged.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Ged.Cibles;

/// <summary>
/// The GED's side of the <see cref="IVisibiliteCibles"/> extension point: routes each target to the module that owns
/// its type and remembers the answers for the rest of the request (a list asks once per target).
/// </summary>
internal sealed class ControleCibles
{
    private readonly Dictionary<string, IVisibiliteCibles> _parType;
    private readonly Dictionary<(string, Guid), bool> _reponses = [];

    public ControleCibles(IEnumerable<IVisibiliteCibles> fournisseurs)
    {
        _parType = new Dictionary<string, IVisibiliteCibles>(StringComparer.Ordinal);
        foreach (var fournisseur in fournisseurs)
        {
            foreach (var type in fournisseur.TypesCible)
            {
                _parType[type] = fournisseur;
            }
        }
    }

    public IReadOnlyCollection<string> TypesPrisEnCharge => _parType.Keys;

    public bool PrendEnCharge(string? cibleType) => cibleType is not null && _parType.ContainsKey(cibleType);

    public async Task<bool> EstVisibleAsync(string cibleType, Guid cibleId, CancellationToken cancellationToken)
    {
        if (!_parType.TryGetValue(cibleType, out var fournisseur))
        {
            return false;
        }

        if (!_reponses.TryGetValue((cibleType, cibleId), out var visible))
        {
            visible = await fournisseur.EstVisibleAsync(cibleType, cibleId, cancellationToken);
            _reponses[(cibleType, cibleId)] = visible;
        }

        return visible;
    }

    /// <summary>400 for a type no module answers, 404 for an unknown or invisible target.</summary>
    public async Task<Result> VerifierAsync(string cibleType, Guid cibleId, string champ, CancellationToken cancellationToken)
    {
        if (!PrendEnCharge(cibleType))
        {
            return DocumentErrors.TypeCibleInconnu(champ);
        }

        return await EstVisibleAsync(cibleType, cibleId, cancellationToken) ? Result.Success() : DocumentErrors.CibleIntrouvable;
    }

    /// <summary>A document is visible when one of its targets is (an inbox document: see <see cref="AccesDocuments"/>).</summary>
    public async Task<bool> UneEstVisibleAsync(IEnumerable<DocumentCible> cibles, CancellationToken cancellationToken)
    {
        foreach (var cible in cibles)
        {
            if (await EstVisibleAsync(cible.CibleType, cible.CibleId, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
