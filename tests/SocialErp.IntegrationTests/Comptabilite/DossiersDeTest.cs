using System.Collections.Concurrent;
using SocialErp.Modules.Dossiers.Contracts.Queries;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>
/// Dossiers' visibility query as Comptabilité tests see it: the real module's answer, plus the synthetic allocation
/// units some tests announce straight to Comptabilité's handler (random memberships Dossiers' own rules would not
/// accept, to exercise the consolidation rules). Real dossiers keep the real answer.
/// </summary>
public sealed class DossiersDeTest(IDossierVisibilite? reel) : IDossierVisibilite
{
    private static readonly ConcurrentDictionary<Guid, bool> Synthetiques = new();

    public static void Ouvrir(Guid dossierId) => Synthetiques[dossierId] = true;

    public async Task<bool> EstVisibleAsync(Guid dossierId, CancellationToken cancellationToken) =>
        Synthetiques.ContainsKey(dossierId) || (reel is not null && await reel.EstVisibleAsync(dossierId, cancellationToken));
}
