using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>Loads a whole dossier the user may see: for reading, or for a write at the client's version.</summary>
internal sealed class ChargementDossier(DossiersDbContext db, DossiersVisibles visibles)
{
    public async Task<Dossier?> LireAsync(Guid id, CancellationToken cancellationToken) =>
        await Complet().Where(d => d.Id == id).Where(await visibles.FiltreAsync(cancellationToken)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// For the system only (integration-event handlers of other modules, outside any request): no visibility filter.
    /// Never call it on behalf of a user.
    /// </summary>
    public Task<Dossier?> LirePourSystemeAsync(Guid id, CancellationToken cancellationToken) =>
        Complet().AsNoTracking().Where(d => d.Id == id).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<Dossier> Complet() =>
        db.Dossiers
            .Include(d => d.Membres)
            .Include(d => d.PeriodesUa)
            .Include(d => d.Referents)
            .Include(d => d.Partages)
            .Include(d => d.ChangementsStatut)
            .AsSplitQuery();

    /// <summary>404 when invisible, 412 on a stale If-Match, 409 when archived (read-only).</summary>
    public async Task<Result<Dossier>> PourModifierAsync(Guid id, long? versionAttendue, CancellationToken cancellationToken)
    {
        var dossier = await LireAsync(id, cancellationToken);
        if (dossier is null)
        {
            return DossierErrors.Introuvable;
        }

        var version = ETags.Check(versionAttendue, dossier.Version);
        if (!version.IsSuccess)
        {
            return version.Error!;
        }

        return dossier.EstArchive ? DossierErrors.Archive : dossier;
    }

    /// <summary>As <see cref="PourModifierAsync"/> without the read-only rule (archiving, reactivation).</summary>
    public async Task<Result<Dossier>> PourCycleAsync(Guid id, long? versionAttendue, CancellationToken cancellationToken)
    {
        var dossier = await LireAsync(id, cancellationToken);
        if (dossier is null)
        {
            return DossierErrors.Introuvable;
        }

        var version = ETags.Check(versionAttendue, dossier.Version);
        return version.IsSuccess ? dossier : version.Error!;
    }
}
