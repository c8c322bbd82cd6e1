using SocialErp.SharedKernel.Time;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.CreerFiche;

internal sealed class CreerFicheHandler(
    IRepositoryBase<Fiche> fiches, FichesDbContext unitOfWork, LecteurFiches user, TimeProvider timeProvider)
{
    public async Task<Result<Fiche>> HandleAsync(CreerFicheRequest request, CancellationToken cancellationToken)
    {
        var identite = request.ToIdentite();
        var memeAvs = identite.NumeroAvs is null
            ? null
            : await fiches.FirstOrDefaultAsync(new FicheParAvsSpecification(identite.NumeroAvs), cancellationToken);
        if (memeAvs is not null && request.Forcer != true)
        {
            return FicheErrors.AvsDejaUtilise;
        }

        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var fiche = Fiche.Creer(identite, user.ServiceId, maintenant, user.Id);
        var aujourdhui = timeProvider.Aujourdhui();
        foreach (var adresse in (request.Adresses ?? []).OrderBy(a => a.ValideDu ?? aujourdhui))
        {
            var ajout = fiche.AjouterAdresse(adresse.ToSaisie(aujourdhui), maintenant);
            if (!ajout.IsSuccess)
            {
                return Error.Validation("adresses", ajout.Error!.Message);
            }
        }

        fiches.Add(fiche);
        if (memeAvs is not null)
        {
            unitOfWork.ForcagesDoublon.Add(ForcageDoublon.Enregistrer(fiche.Id, memeAvs.Id, request.MotifForcage!, maintenant, user.Id));
        }

        unitOfWork.Publish(EvenementsFiche.Creee(fiche));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return fiche;
    }
}
