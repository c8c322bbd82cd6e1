using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Features.ListerEntrees;

internal sealed class EntreesParCibleSpecification : Specification<EntreeJournal>
{
    public EntreesParCibleSpecification(string cibleType, Guid cibleId, PageRequest page)
    {
        Query.Where(e => e.CibleType == cibleType && e.CibleId == cibleId)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id);
        Query.Skip(page.Skip).Take(page.PageSize).AsNoTracking();
    }
}
