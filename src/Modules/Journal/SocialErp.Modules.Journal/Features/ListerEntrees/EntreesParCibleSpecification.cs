using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Features.ListerEntrees;

/// <summary>The entries of a target the reader may read, newest first, filtered by kind, period, author and text.</summary>
internal sealed class EntreesParCibleSpecification : Specification<EntreeJournal>
{
    public EntreesParCibleSpecification(string cibleType, Guid cibleId, PageRequest page)
        : this(cibleType, cibleId, FiltresEntrees.Aucun, null, page)
    {
    }

    public EntreesParCibleSpecification(string cibleType, Guid cibleId, FiltresEntrees filtres, ICurrentUser? lecteur, PageRequest page)
    {
        DateTime? depuis = filtres.Du?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        DateTime? avant = filtres.Au?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var texte = filtres.Q?.Trim().ToLowerInvariant();
        Query.Where(e => e.CibleType == cibleType && e.CibleId == cibleId)
            .Where(!string.IsNullOrEmpty(filtres.Type), e => e.Type == filtres.Type)
            .Where(filtres.AuteurId is not null, e => e.AuteurId == filtres.AuteurId)
            .Where(depuis is not null, e => e.Date >= depuis)
            .Where(avant is not null, e => e.Date < avant)
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(): the same on both providers, unlike LIKE.
            .Where(!string.IsNullOrEmpty(texte), e => e.Texte.ToLower().Contains(texte!));
#pragma warning restore CA1304, CA1311, CA1862
        if (lecteur is not null)
        {
            Query.LisiblesPar(lecteur);
        }

        Query.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id);
        Query.Skip(page.Skip).Take(page.PageSize).AsNoTracking();
    }
}
