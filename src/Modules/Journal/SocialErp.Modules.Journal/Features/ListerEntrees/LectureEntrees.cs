using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Features.ListerEntrees;

/// <summary>One page of a journal the reader may read, each entry with its due dates.</summary>
internal sealed class LectureEntrees(IReadRepositoryBase<EntreeJournal> entrees, JournalDbContext db, ICurrentUser user)
{
    public async Task<PagedList<EntreeJournalResponse>> PageAsync(
        string cibleType, Guid cibleId, FiltresEntrees filtres, PageRequest page, CancellationToken cancellationToken)
    {
        var specification = new EntreesParCibleSpecification(cibleType, cibleId, filtres, user, page);
        var items = await entrees.ListAsync(specification, cancellationToken);
        var total = await entrees.CountAsync(specification, cancellationToken);
        var echeances = await EcheancesAsync(items.Select(e => e.Id).ToList(), cancellationToken);
        return new PagedList<EntreeJournalResponse>(
            items.Select(e => EntreeJournalResponse.From(e, echeances[e.Id].ToList())).ToList(), page.Page, page.PageSize, total);
    }

    public async Task<ILookup<Guid, EcheanceResponse>> EcheancesAsync(IReadOnlyCollection<Guid> entreeIds, CancellationToken cancellationToken)
    {
        if (entreeIds.Count == 0)
        {
            return Array.Empty<EcheanceResponse>().ToLookup(e => e.EntreeId!.Value);
        }

        var echeances = await db.Echeances.AsNoTracking()
            .Where(e => e.EntreeId != null && entreeIds.Contains(e.EntreeId.Value))
            .OrderBy(e => e.Date)
            .ToListAsync(cancellationToken);
        return echeances.Select(EcheanceResponse.From).ToLookup(e => e.EntreeId!.Value);
    }
}
