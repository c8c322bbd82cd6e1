using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Specifications;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Features.ListerMutations;

/// <summary>Newest first, filtered by target, author, operation and period (days of the service's calendar).</summary>
internal sealed class MutationsSpecification : Specification<Mutation>
{
    public MutationsSpecification(ListerMutationsQuery query, OperationJournal? operation, TimeProvider horloge, PageRequest page)
    {
        DateTime? depuis = query.Du is { } du ? horloge.DebutDuJour(du) : null;
        DateTime? avant = query.Au is { } au ? horloge.DebutDuJour(au.AddDays(1)) : null;
        Query.Where(!string.IsNullOrEmpty(query.Module), m => m.Module == query.Module)
            .Where(!string.IsNullOrEmpty(query.Entite), m => m.Entite == query.Entite)
            .Where(!string.IsNullOrEmpty(query.EntiteId), m => m.EntiteId == query.EntiteId)
            .Where(query.UtilisateurId is not null, m => m.UtilisateurId == query.UtilisateurId)
            .Where(operation is not null, m => m.Operation == operation)
            .Where(depuis is not null, m => m.Instant >= depuis)
            .Where(avant is not null, m => m.Instant < avant);
        Query.OrderByDescending(m => m.Instant).ThenByDescending(m => m.Sequence);
        Query.Skip(page.Skip).Take(page.PageSize).AsNoTracking();
    }
}
