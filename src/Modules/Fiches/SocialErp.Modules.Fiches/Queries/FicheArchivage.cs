using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Queries;

internal sealed class FicheArchivage(IReadRepositoryBase<Fiche> fiches, LecteurFiches user) : IFicheArchivage
{
    public async Task<bool> EstArchiveeAsync(Guid ficheId, CancellationToken cancellationToken)
    {
        await user.ChargerAsync(cancellationToken);
        return await fiches.AnyAsync(new FicheArchiveeSpecification(ficheId, user), cancellationToken);
    }

    private sealed class FicheArchiveeSpecification : Specification<Fiche>
    {
        public FicheArchiveeSpecification(Guid id, LecteurFiches user) =>
            Query.Where(f => f.Id == id && f.Archivee).VisiblesPar(user);
    }
}
