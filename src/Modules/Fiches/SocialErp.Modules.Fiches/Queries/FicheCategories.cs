using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Queries;

internal sealed class FicheCategories(IReadRepositoryBase<Fiche> fiches, ICurrentUser user) : IFicheCategories
{
    public Task<bool> ALaCategorieAsync(Guid ficheId, string categorie, CancellationToken cancellationToken) =>
        fiches.AnyAsync(new FicheDeCategorieSpecification(ficheId, categorie, user), cancellationToken);
}
