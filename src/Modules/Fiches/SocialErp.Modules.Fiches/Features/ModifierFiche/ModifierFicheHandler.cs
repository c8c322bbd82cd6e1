using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.ModifierFiche;

/// <summary>Replaces a fiche's data (PUT), or the data a merge patch computes from the current fiche (PATCH).</summary>
internal sealed class ModifierFicheHandler(
    IRepositoryBase<Fiche> fiches, FichesDbContext unitOfWork, LecteurFiches user, TimeProvider timeProvider)
{
    public Task<Result<Fiche>> HandleAsync(Guid id, long? versionAttendue, ModifierFicheRequest request, CancellationToken cancellationToken) =>
        HandleAsync(id, versionAttendue, _ => Task.FromResult<Result<ModifierFicheRequest>>(request), cancellationToken);

    public async Task<Result<Fiche>> HandleAsync(
        Guid id,
        long? versionAttendue,
        Func<Fiche, Task<Result<ModifierFicheRequest>>> requete,
        CancellationToken cancellationToken)
    {
        var chargee = await fiches.ChargerAsync(id, versionAttendue, user, cancellationToken);
        if (!chargee.IsSuccess)
        {
            return chargee.Error!;
        }

        var fiche = chargee.Value;

        await FicheDetails.ChargerAsync(unitOfWork, fiche, cancellationToken);
        var request = await requete(fiche);
        if (!request.IsSuccess)
        {
            return request.Error!;
        }

        var identite = request.Value.ToIdentite();
        if (identite.Type != fiche.Type)
        {
            return FicheErrors.TypeImmuable;
        }

        if (identite.NumeroAvs is not null && !fiche.Archivee
            && await fiches.AnyAsync(new FicheParAvsSpecification(identite.NumeroAvs, fiche.Id), cancellationToken))
        {
            return FicheErrors.AvsDejaUtilise;
        }

        var champs = fiche.Modifier(identite, timeProvider.GetUtcNow().UtcDateTime);
        if (champs.Count > 0)
        {
            unitOfWork.Publish(EvenementsFiche.Modifiee(fiche, champs));
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return fiche;
    }
}
