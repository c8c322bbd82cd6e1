using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>The few facts about a dossier that its satellite records (funding, contacts, memos…) need.</summary>
internal sealed record DossierCible(Guid Id, string Prestation, string Statut, Guid? ServiceId = null)
{
    public bool EstArchive => Statut == StatutsDossier.Archive;
}

/// <summary>
/// Finds the dossier a satellite record belongs to, with the core's access rules: invisible or unknown → 404;
/// for a write, archived → 409 (an archived dossier is read-only), without loading the whole aggregate.
/// </summary>
internal sealed class DossiersCibles(DossiersDbContext db, DossiersVisibles visibles)
{
    public async Task<Result<DossierCible>> PourLireAsync(Guid id, CancellationToken cancellationToken)
    {
        var filtre = await visibles.FiltreAsync(cancellationToken);
        var cible = await db.Dossiers.AsNoTracking()
            .Where(d => d.Id == id)
            .Where(filtre)
            .Select(d => new DossierCible(d.Id, d.Prestation, d.Statut, d.ServiceId))
            .FirstOrDefaultAsync(cancellationToken);
        return cible is null ? DossierErrors.Introuvable : cible;
    }

    public async Task<Result<DossierCible>> PourModifierAsync(Guid id, CancellationToken cancellationToken)
    {
        var cible = await PourLireAsync(id, cancellationToken);
        return cible.IsSuccess && cible.Value.EstArchive ? DossierErrors.Archive : cible;
    }
}
