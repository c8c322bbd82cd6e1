using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts.Queries;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Features.Notifications;

/// <summary>
/// Who sees a notification: the one of a dossier whoever sees the dossier (asked of Dossiers), one without dossier whoever
/// sees the person's fiche (asked of Fiches). Anything else is « introuvable ».
/// </summary>
internal sealed class NotificationsVisibles(JournalDbContext db, IDossierVisibilite dossiers, IFicheVisibilite fiches)
{
    public async Task<Result<Notification>> ChargerAsync(Guid id, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null || !await EstVisibleAsync(notification, cancellationToken))
        {
            return NotificationErrors.Introuvable;
        }

        return notification;
    }

    /// <summary>The dossiers of a fiche's notifications the reader sees (the others are left out of the list).</summary>
    public async Task<IReadOnlyList<Guid>> DossiersVisiblesAsync(Guid ficheId, CancellationToken cancellationToken)
    {
        var ids = await db.Notifications.AsNoTracking()
            .Where(n => (n.FicheId == ficheId || n.ConcerneFicheId == ficheId) && n.DossierId != null)
            .Select(n => n.DossierId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        var visibles = new List<Guid>();
        foreach (var id in ids)
        {
            if (await dossiers.EstVisibleAsync(id, cancellationToken))
            {
                visibles.Add(id);
            }
        }

        return visibles;
    }

    private async Task<bool> EstVisibleAsync(Notification notification, CancellationToken cancellationToken) =>
        notification.DossierId is { } dossierId
            ? await dossiers.EstVisibleAsync(dossierId, cancellationToken)
            : await fiches.EstVisibleAsync(notification.FicheId, cancellationToken);
}
