using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Features.Notifications;

/// <summary>
/// Newest first. The dossiers visible to the reader, when given, keeps only notifications of those dossiers or of none
/// (the reader asked by fiche and sees only some of its dossiers).
/// </summary>
internal sealed class NotificationsSpecification : Specification<Notification>
{
    public NotificationsSpecification(
        ListerNotificationsQuery query, EtatNotification? etat, DateTime? du, DateTime? au, IReadOnlyList<Guid>? dossiersVisibles, PageRequest page)
    {
        Query.Where(query.FicheId is not null, n => n.FicheId == query.FicheId || n.ConcerneFicheId == query.FicheId)
            .Where(query.DossierId is not null, n => n.DossierId == query.DossierId)
            .Where(dossiersVisibles is not null, n => n.DossierId == null || dossiersVisibles!.Contains(n.DossierId.Value))
            .Where(etat is not null, n => n.Etat == etat)
            .Where(du is not null, n => n.CreeeLe >= du)
            .Where(au is not null, n => n.CreeeLe < au);
        Query.OrderByDescending(n => n.CreeeLe).ThenByDescending(n => n.Id);
        Query.Skip(page.Skip).Take(page.PageSize).AsNoTracking();
    }
}
