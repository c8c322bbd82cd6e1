using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.ListerEntrees;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.Features.ObtenirEntree;

/// <summary>Loads an entry the user may read (its target visible, its confidentiality satisfied), else 404.</summary>
internal sealed class LectureEntree(JournalDbContext db, CiblesVisibles cibles, LectureEntrees lecture, ICurrentUser user)
{
    public async Task<Result<EntreeJournal>> ChargerAsync(Guid entreeId, CancellationToken cancellationToken)
    {
        var entree = await db.Entrees.FirstOrDefaultAsync(e => e.Id == entreeId, cancellationToken);
        if (entree is null || !entree.EstLisiblePar(user) || !await cibles.EstVisibleAsync(entree.CibleType, entree.CibleId, cancellationToken))
        {
            return JournalErrors.EntreeIntrouvable;
        }

        return entree;
    }

    public async Task<EntreeDetailResponse> DetailAsync(EntreeJournal entree, CancellationToken cancellationToken)
    {
        var versions = await db.VersionsEntrees.AsNoTracking()
            .Where(v => v.EntreeId == entree.Id)
            .OrderBy(v => v.Numero)
            .ToListAsync(cancellationToken);
        var echeances = await lecture.EcheancesAsync([entree.Id], cancellationToken);
        return new EntreeDetailResponse(
            EntreeJournalResponse.From(entree, echeances[entree.Id].ToList()), versions.Select(EntreeVersionResponse.From).ToList());
    }
}
