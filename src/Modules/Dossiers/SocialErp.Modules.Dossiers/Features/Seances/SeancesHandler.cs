using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Features.Seances;

/// <summary>
/// Plans and changes sessions. Planning sets the dossier's entry date (first session) and planned end (latest
/// session) in the same transaction; every change publishes the session's state (<c>SeanceModifiee</c>).
/// </summary>
internal sealed class SeancesHandler(DossiersDbContext db, ChargementDossier chargement, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Seance>> PlanifierAsync(Guid dossierId, SeanceRequest request, CancellationToken cancellationToken)
    {
        var charge = await chargement.PourModifierAsync(dossierId, null, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge.Error!;
        }

        var seance = Seance.Planifier(dossierId, request.Debut!.Value, request.Fin!.Value, request.Intitule, request.Lieu, timeProvider.Maintenant(), user.Id);
        db.Seances.Add(seance);
        charge.Value.SeancePlanifiee(timeProvider.Jour(seance.Debut), timeProvider.Jour(seance.Fin));
        db.Publish(EvenementsIntegration.Seance(seance));
        await db.SaveChangesAsync(cancellationToken);
        return seance;
    }

    public Task<Result<Seance>> ModifierAsync(Guid dossierId, Guid seanceId, SeanceRequest request, long? version, CancellationToken cancellationToken) =>
        ChangerAsync(dossierId, seanceId, version, (dossier, seance) =>
        {
            var modifiee = seance.Modifier(request.Debut!.Value, request.Fin!.Value, request.Intitule, request.Lieu);
            if (modifiee.IsSuccess)
            {
                dossier.SeancePlanifiee(timeProvider.Jour(seance.Debut), timeProvider.Jour(seance.Fin));
            }

            return modifiee;
        }, cancellationToken);

    public Task<Result<Seance>> AnnulerAsync(Guid dossierId, Guid seanceId, AnnulationSeanceRequest request, long? version, CancellationToken cancellationToken) =>
        ChangerAsync(dossierId, seanceId, version, (_, seance) => seance.Annuler(request.Motif!), cancellationToken);

    public Task<Result<Seance>> EmargerAsync(Guid dossierId, Guid seanceId, EmargementRequest request, long? version, CancellationToken cancellationToken) =>
        ChangerAsync(dossierId, seanceId, version, (_, seance) => seance.Emarger(request.Presence!, timeProvider.Maintenant(), user.Id), cancellationToken);

    /// <summary>Postpones: answers the new session; the original becomes « reportee » and points at it.</summary>
    public async Task<Result<Seance>> ReporterAsync(Guid dossierId, Guid seanceId, ReportSeanceRequest request, long? version, CancellationToken cancellationToken)
    {
        Seance? nouvelle = null;
        var result = await ChangerAsync(dossierId, seanceId, version, (dossier, seance) =>
        {
            var report = seance.Reporter(request.Debut!.Value, request.Fin!.Value, request.Motif, timeProvider.Maintenant(), user.Id);
            if (!report.IsSuccess)
            {
                return report.Error!;
            }

            nouvelle = report.Value;
            db.Seances.Add(nouvelle);
            dossier.SeancePlanifiee(timeProvider.Jour(nouvelle.Debut), timeProvider.Jour(nouvelle.Fin));
            db.Publish(EvenementsIntegration.Seance(nouvelle));
            return Result.Success();
        }, cancellationToken);
        return result.IsSuccess ? nouvelle! : result;
    }

    private async Task<Result<Seance>> ChangerAsync(
        Guid dossierId, Guid seanceId, long? version, Func<Dossier, Seance, Result> changement, CancellationToken cancellationToken)
    {
        var charge = await chargement.PourModifierAsync(dossierId, null, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge.Error!;
        }

        var seance = await db.Seances.FirstOrDefaultAsync(s => s.Id == seanceId && s.DossierId == dossierId, cancellationToken);
        if (seance is null)
        {
            return SeanceErrors.Introuvable;
        }

        var versionOk = ETags.Check(version, seance.Version);
        if (!versionOk.IsSuccess)
        {
            return versionOk.Error!;
        }

        var applique = changement(charge.Value, seance);
        if (!applique.IsSuccess)
        {
            return applique.Error!;
        }

        db.Publish(EvenementsIntegration.Seance(seance));
        await db.SaveChangesAsync(cancellationToken);
        return seance;
    }
}
