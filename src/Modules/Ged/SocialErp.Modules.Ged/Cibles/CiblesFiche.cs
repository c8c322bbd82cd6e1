using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Ged.Contracts.Cibles;

namespace SocialErp.Modules.Ged.Cibles;

/// <summary>Fiche targets, answered by Fiches' own visibility rules.</summary>
internal sealed class CiblesFiche(IFicheVisibilite fiches) : IVisibiliteCibles
{
    public IReadOnlyCollection<string> TypesCible { get; } = [Contracts.Cibles.TypesCible.Fiche];

    public Task<bool> EstVisibleAsync(string cibleType, Guid cibleId, CancellationToken cancellationToken) =>
        fiches.EstVisibleAsync(cibleId, cancellationToken);
}
