using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Queries;

internal sealed class FicheArchivage(IReadRepositoryBase<Fiche> fiches, ICurrentUser user) : IFicheArchivage
{
    public Task<bool> EstArchiveeAsync(Guid ficheId, CancellationToken cancellationToken) =>
        fiches.AnyAsync(new FicheArchiveeSpecification(ficheId, user), cancellationToken);

    private sealed class FicheArchiveeSpecification : Specification<Fiche>
    {
        public FicheArchiveeSpecification(Guid id, ICurrentUser user) =>
            Query.Where(f => f.Id == id && f.Archivee).VisiblesPar(user);
    }
}
