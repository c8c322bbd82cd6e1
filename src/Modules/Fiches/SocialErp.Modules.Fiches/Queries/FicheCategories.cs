using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Queries;

internal sealed class FicheCategories(IReadRepositoryBase<Fiche> fiches, LecteurFiches user) : IFicheCategories
{
    public async Task<bool> ALaCategorieAsync(Guid ficheId, string categorie, CancellationToken cancellationToken)
    {
        await user.ChargerAsync(cancellationToken);
        return await fiches.AnyAsync(new FicheDeCategorieSpecification(ficheId, categorie, user), cancellationToken);
    }
}
