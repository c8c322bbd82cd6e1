using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Features.CiblesDocuments;

/// <summary>
/// Sessions as GED targets (attendance sheets, deliverables, evaluation reports): visible when the session exists and
/// its dossier is visible to the user, as on <c>GET /dossiers/{id}/seances</c>.
/// </summary>
internal sealed class CiblesDocumentSeance(DossiersDbContext db, IDossierVisibilite dossiers, ICurrentUser user) : IVisibiliteCibles
{
    public IReadOnlyCollection<string> TypesCible { get; } = [Ged.Contracts.Cibles.TypesCible.Seance];

    public async Task<bool> EstVisibleAsync(string cibleType, Guid cibleId, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(DossiersPermissions.Lire))
        {
            return false;
        }

        var dossierId = await db.Seances.AsNoTracking().Where(s => s.Id == cibleId).Select(s => (Guid?)s.DossierId).FirstOrDefaultAsync(cancellationToken);
        return dossierId is { } dossier && await dossiers.EstVisibleAsync(dossier, cancellationToken);
    }
}
