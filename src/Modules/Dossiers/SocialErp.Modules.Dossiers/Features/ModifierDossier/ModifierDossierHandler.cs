using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Features.ModifierDossier;

/// <summary>
/// Changes the given fields of a dossier; changing its prestation needs <see cref="DossiersPermissions.ModifierPrestation"/>
/// besides the right to write.
/// </summary>
internal sealed class ModifierDossierHandler(DossiersDbContext db, ChargementDossier chargement, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Dossier>> HandleAsync(Guid id, ModifierDossierRequest request, long? version, CancellationToken cancellationToken)
    {
        var charge = await chargement.PourModifierAsync(id, version, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge.Error!;
        }

        var dossier = charge.Value;
        if (request.Prestation is not null && request.Prestation != dossier.Prestation)
        {
            if (!user.HasPermission(DossiersPermissions.ModifierPrestation))
            {
                return DossierErrors.PrestationReservee;
            }

            if (!await db.Prestations.AnyAsync(p => p.Code == request.Prestation && p.Active, cancellationToken))
            {
                return DossierErrors.PrestationInconnue(request.Prestation);
            }
        }

        var maintenant = timeProvider.Maintenant();
        var champs = dossier.Modifier(
            new DonneesDossier(
                request.Nom?.Trim() ?? dossier.Nom,
                request.Description ?? dossier.Description,
                request.Prestation ?? dossier.Prestation,
                request.CommuneDomicile ?? dossier.CommuneDomicile),
            maintenant)
            .Concat(dossier.ModifierDates(request.DateEntree, request.DateFinPrevue, request.DateSortieReelle, maintenant))
            .ToList();
        if (champs.Count > 0)
        {
            db.Publish(new DossierModifieIntegrationEvent(
                dossier.Id, dossier.Numero, dossier.Nom, dossier.Prestation, dossier.CommuneDomicile, champs));
            await db.SaveChangesAsync(cancellationToken);
        }

        return dossier;
    }
}
