using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Queries;

/// <summary>
/// For a user who sees every dossier, visible means existing: a dossier already known to exist is answered from
/// memory. Everyone else goes through the row-level filter, every time (referents and shares change).
/// </summary>
internal sealed class DossierVisibilite(DossiersDbContext db, DossiersVisibles visibles, ICurrentUser user, DossiersExistants existants)
    : IDossierVisibilite
{
    public async Task<bool> EstVisibleAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        if (user.VoitTousLesServices && existants.Contient(dossierId))
        {
            return true;
        }

        var visible = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Where(await visibles.FiltreAsync(cancellationToken))
            .AnyAsync(cancellationToken);
        if (visible)
        {
            existants.Ajouter(dossierId);
        }

        return visible;
    }
}
