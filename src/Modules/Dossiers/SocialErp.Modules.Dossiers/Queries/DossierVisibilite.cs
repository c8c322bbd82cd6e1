using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Queries;

internal sealed class DossierVisibilite(DossiersDbContext db, DossiersVisibles visibles) : IDossierVisibilite
{
    public async Task<bool> EstVisibleAsync(Guid dossierId, CancellationToken cancellationToken) =>
        await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Where(await visibles.FiltreAsync(cancellationToken))
            .AnyAsync(cancellationToken);
}
