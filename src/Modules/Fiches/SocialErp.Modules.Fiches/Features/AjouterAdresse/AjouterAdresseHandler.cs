using SocialErp.SharedKernel.Time;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.AjouterAdresse;

internal sealed class AjouterAdresseHandler(
    IRepositoryBase<Fiche> fiches, FichesDbContext unitOfWork, LecteurFiches user, TimeProvider timeProvider)
{
    public async Task<Result<(Fiche Fiche, Adresse Adresse)>> HandleAsync(
        Guid id, long? versionAttendue, AdresseRequest request, CancellationToken cancellationToken)
    {
        var chargee = await fiches.ChargerAsync(id, versionAttendue, user, cancellationToken);
        if (!chargee.IsSuccess)
        {
            return chargee.Error!;
        }

        var fiche = chargee.Value;

        await unitOfWork.Entry(fiche).Collection(f => f.Adresses).LoadAsync(cancellationToken);
        var ajout = fiche.AjouterAdresse(request.ToSaisie(timeProvider.Aujourdhui()), timeProvider.GetUtcNow().UtcDateTime);
        if (!ajout.IsSuccess)
        {
            return ajout.Error!;
        }

        unitOfWork.Publish(EvenementsFiche.Modifiee(fiche, ["adresses"]));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return (fiche, ajout.Value);
    }
}
