using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.ArchiverFiche;

internal sealed class ArchiverFicheHandler(
    IRepositoryBase<Fiche> fiches, FichesDbContext unitOfWork, LecteurFiches user, TimeProvider timeProvider)
{
    public async Task<Result<Fiche>> HandleAsync(Guid id, long? versionAttendue, CancellationToken cancellationToken)
    {
        var chargee = await fiches.ChargerAsync(id, versionAttendue, user, cancellationToken);
        if (!chargee.IsSuccess)
        {
            return chargee.Error!;
        }

        var fiche = chargee.Value;

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
