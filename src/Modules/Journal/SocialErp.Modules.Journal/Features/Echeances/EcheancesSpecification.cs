using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>
/// Urgent alerts first, then by date: what must be done next comes first. Private due dates show to their responsible
/// (the user listing them) only.
/// </summary>
internal sealed class EcheancesSpecification : Specification<Echeance>
{
    public EcheancesSpecification(ListerEcheancesQuery query, StatutEcheance? statut, Guid? utilisateur, PageRequest page)
    {
        Query.Where(e => !e.Privee || e.ResponsableId == utilisateur)
            .Where(query.ResponsableId is not null, e => e.ResponsableId == query.ResponsableId)
            .Where(query.ServiceId is not null, e => e.ServiceId == query.ServiceId)
            .Where(query.DossierId is not null, e => e.DossierId == query.DossierId)
            .Where(query.Du is not null, e => e.Date >= query.Du)
            .Where(query.Au is not null, e => e.Date <= query.Au)
            .Where(statut is not null, e => e.Statut == statut);
        Query.OrderByDescending(e => e.Urgente).ThenBy(e => e.Date).ThenBy(e => e.Id);
        Query.Skip(page.Skip).Take(page.PageSize).AsNoTracking();
    }
}
