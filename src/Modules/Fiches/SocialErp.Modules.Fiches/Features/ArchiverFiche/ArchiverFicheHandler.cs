using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.ArchiverFiche;

/// <summary>Archives a fiche nobody follows any more: a module still following the person (<see cref="IOppositionArchivage"/>) refuses it.</summary>
internal sealed class ArchiverFicheHandler(
    IRepositoryBase<Fiche> fiches, FichesDbContext unitOfWork, LecteurFiches user, IEnumerable<IOppositionArchivage> oppositions, TimeProvider timeProvider)
{
    public async Task<Result<Fiche>> HandleAsync(Guid id, long? versionAttendue, CancellationToken cancellationToken)
    {
        var chargee = await fiches.ChargerAsync(id, versionAttendue, user, cancellationToken);
        if (!chargee.IsSuccess)
        {
            return chargee.Error!;
        }

        var fiche = chargee.Value;
        if (!fiche.Archivee)
        {
            var raisons = new List<string>();
            foreach (var opposition in oppositions)
            {
                raisons.AddRange(await opposition.RaisonsAsync(fiche.Id, cancellationToken));
            }

            if (raisons.Count > 0)
            {
                return FicheErrors.EncoreSuivie(raisons);
            }
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
