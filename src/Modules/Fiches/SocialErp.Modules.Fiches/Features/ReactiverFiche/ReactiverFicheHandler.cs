using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.ReactiverFiche;

internal sealed class ReactiverFicheHandler(
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

        // An archived fiche may share its AVS number with an active one; reactivating it must not make two.
        if (fiche.Archivee && fiche.NumeroAvs is not null
            && await fiches.AnyAsync(new FicheParAvsSpecification(fiche.NumeroAvs, fiche.Id), cancellationToken))
        {
            return FicheErrors.AvsDejaUtilise;
        }

        var reactivation = fiche.Reactiver(timeProvider.GetUtcNow().UtcDateTime);
        if (!reactivation.IsSuccess)
        {
            return reactivation.Error!;
        }

        await FicheDetails.ChargerAsync(unitOfWork, fiche, cancellationToken);
        unitOfWork.Publish(new FicheReactiveeIntegrationEvent(fiche.Id));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return fiche;
    }
}
