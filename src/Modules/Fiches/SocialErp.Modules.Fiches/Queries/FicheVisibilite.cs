using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Queries;

internal sealed class FicheVisibilite(IReadRepositoryBase<Fiche> fiches, ICurrentUser user) : IFicheVisibilite
{
    public Task<bool> EstVisibleAsync(Guid ficheId, CancellationToken cancellationToken) =>
        fiches.AnyAsync(new FicheParIdSpecification(ficheId, user), cancellationToken);
}
