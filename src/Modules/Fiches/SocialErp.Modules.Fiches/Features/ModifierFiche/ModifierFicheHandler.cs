using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.ModifierFiche;

internal sealed class ModifierFicheHandler(IRepositoryBase<Fiche> fiches, FichesDbContext unitOfWork, ICurrentUser user)
{
    public async Task<Result<Fiche>> HandleAsync(Guid id, long? versionAttendue, ModifierFicheRequest request, CancellationToken cancellationToken)
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

        var identite = request.ToIdentite();
        if (identite.Type != fiche.Type)
        {
            return SharedKernel.Results.Error.Validation("type", "Le type d'une fiche ne change pas.");
        }

        if (identite.NumeroAvs is not null
            && await fiches.AnyAsync(new FicheParAvsSpecification(identite.NumeroAvs, fiche.Id), cancellationToken))
        {
            return FicheErrors.AvsDejaUtilise;
        }

        fiche.Modifier(identite);
        unitOfWork.Publish(new FicheModifieeIntegrationEvent(fiche.Id, fiche.Nom, fiche.Prenom, fiche.DateNaissance));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return fiche;
    }
}
