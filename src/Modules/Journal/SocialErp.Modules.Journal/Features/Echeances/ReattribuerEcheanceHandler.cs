using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>
/// Gives an open or overdue due date to another active user who sees its dossier (checked as for a new due date,
/// <see cref="AttributionEcheances"/>); a due date without dossier only needs an active user. A private one stays
/// with its responsible (409): giving it away would show it to someone its source hides it from.
/// </summary>
internal sealed class ReattribuerEcheanceHandler(
    JournalDbContext db, EcheancesModifiables echeances, AttributionEcheances attribution, IAnnuaireUtilisateurs annuaire,
    ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Echeance>> HandleAsync(Guid id, long? version, ReattribuerEcheanceRequest request, CancellationToken cancellationToken)
    {
        var charge = await echeances.ChargerAsync(id, version, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge;
        }

        var echeance = charge.Value;
        if (echeance.EstClose)
        {
            return EcheanceErrors.DejaClose;
        }

        if (echeance.Privee)
        {
            return EcheanceErrors.Privee;
        }

        var responsableId = request.ResponsableId!.Value;
        Guid? serviceId;
        if (echeance.DossierId is { } dossierId)
        {
            var verification = await attribution.VerifierAsync(dossierId, responsableId, cancellationToken);
            if (!verification.IsSuccess)
            {
                return verification.Error!;
            }

            serviceId = verification.Value;
        }
        else
        {
            var responsable = await annuaire.TrouverAsync(responsableId, cancellationToken);
            if (responsable is null)
            {
                return EcheanceErrors.ResponsableInconnu;
            }

            serviceId = responsable.ServiceId;
        }

        var reattribution = echeance.Reattribuer(
            responsableId, serviceId, ReporterEcheanceHandler.Motif(request.Motif), user.Id, timeProvider.Maintenant());
        if (!reattribution.IsSuccess)
        {
            return reattribution.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return echeance;
    }
}
