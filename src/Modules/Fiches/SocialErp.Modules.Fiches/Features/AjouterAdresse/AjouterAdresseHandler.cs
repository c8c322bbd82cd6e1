using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.AjouterAdresse;

internal sealed class AjouterAdresseHandler(
    IRepositoryBase<Fiche> fiches, FichesDbContext unitOfWork, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<(Fiche Fiche, Adresse Adresse)>> HandleAsync(
        Guid id, long? versionAttendue, AdresseRequest request, CancellationToken cancellationToken)
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

        await unitOfWork.Entry(fiche).Collection(f => f.Adresses).LoadAsync(cancellationToken);
        var ajout = fiche.AjouterAdresse(request.ToSaisie(FicheDetails.Aujourdhui(timeProvider)), timeProvider.GetUtcNow().UtcDateTime);
        if (!ajout.IsSuccess)
        {
            return ajout.Error!;
        }

        unitOfWork.Publish(new FicheModifieeIntegrationEvent(fiche.Id, fiche.Nom, fiche.Prenom, fiche.DateNaissance, ["adresses"]));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return (fiche, ajout.Value);
    }
}
