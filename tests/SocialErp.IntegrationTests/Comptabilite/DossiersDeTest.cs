using System.Collections.Concurrent;
using SocialErp.Modules.Dossiers.Contracts.Queries;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// Stands in for the Dossiers module's visibility query while that module is not in the host: the dossiers the
/// tests "opened" are visible, any other id is unknown. Registered only when the host has no implementation.
/// </summary>
public sealed class DossiersDeTest : IDossierVisibilite
{
    private readonly ConcurrentDictionary<Guid, bool> _visibles = new();

    public void Ouvrir(Guid dossierId) => _visibles[dossierId] = true;

    public Task<bool> EstVisibleAsync(Guid dossierId, CancellationToken cancellationToken) =>
        Task.FromResult(_visibles.ContainsKey(dossierId));
}
