using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.ArchiverFiche;

internal sealed class ArchiverFicheHandler(
    IRepositoryBase<Fiche> fiches, FichesDbContext unitOfWork, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Fiche>> HandleAsync(Guid id, long? versionAttendue, CancellationToken cancellationToken)
    {
        var fiche = await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(id, user), cancellationToken);
        if (fiche is null)
        {
            return FicheErrors.Introuvable;
        }

        var version = ETags.Check(versionAttendue, fiche.Version);
        if (!version.IsSuccess)
        {
            return version.Error!;
        }

        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var archivage = fiche.Archiver(maintenant);
        if (!archivage.IsSuccess)
        {
            return archivage.Error!;
        }

        await FicheDetails.ChargerAsync(unitOfWork, fiche, cancellationToken);
        unitOfWork.Publish(new FicheArchiveeIntegrationEvent(fiche.Id, maintenant));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return fiche;
    }
}
