using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Ged.Contracts.Cibles;

namespace SocialErp.Modules.Ged.Cibles;

/// <summary>Dossier targets, answered by Dossiers' visibility rules (referent, hierarchy, service policy, share).</summary>
internal sealed class CiblesDossier(IDossierVisibilite dossiers) : IVisibiliteCibles
{
    public IReadOnlyCollection<string> TypesCible { get; } = [Contracts.Cibles.TypesCible.Dossier];

    public Task<bool> EstVisibleAsync(string cibleType, Guid cibleId, CancellationToken cancellationToken) =>
        dossiers.EstVisibleAsync(cibleId, cancellationToken);
}
