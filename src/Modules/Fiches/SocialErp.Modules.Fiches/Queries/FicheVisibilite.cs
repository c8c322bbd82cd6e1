using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Queries;

internal sealed class FicheVisibilite(IReadRepositoryBase<Fiche> fiches, LecteurFiches user) : IFicheVisibilite
{
    public async Task<bool> EstVisibleAsync(Guid ficheId, CancellationToken cancellationToken)
    {
        await user.ChargerAsync(cancellationToken);
        return await fiches.AnyAsync(new FicheParIdSpecification(ficheId, user), cancellationToken);
    }

    public async Task<IReadOnlySet<Guid>> VisiblesAsync(IReadOnlyCollection<Guid> ficheIds, CancellationToken cancellationToken)
    {
        if (ficheIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        await user.ChargerAsync(cancellationToken);
        var distincts = ficheIds.Distinct().ToList();
        return (await fiches.ListAsync(new FichesVisiblesParIdsSpecification(distincts, user), cancellationToken)).ToHashSet();
    }
}
