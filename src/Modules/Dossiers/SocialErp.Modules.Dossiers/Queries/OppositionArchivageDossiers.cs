using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts.Queries;

namespace SocialErp.Modules.Dossiers.Queries;

/// <summary>
/// A person is still followed while they are a member of a dossier open or in progress (terminated, abandoned or broken
/// off dossiers wait only for their closing). The dossiers the user sees are named; the others are only counted.
/// </summary>
internal sealed class OppositionArchivageDossiers(DossiersDbContext db, DossiersVisibles visibles) : IOppositionArchivage
{
    public async Task<IReadOnlyList<string>> RaisonsAsync(Guid ficheId, CancellationToken cancellationToken)
    {
        var suivis = db.Dossiers.AsNoTracking()
            .Where(d => (d.Statut == StatutsDossier.Ouvert || d.Statut == StatutsDossier.EnCours) && d.Membres.Any(m => m.FicheId == ficheId));
        var total = await suivis.CountAsync(cancellationToken);
        if (total == 0)
        {
            return [];
        }

        var nommes = await suivis.Where(await visibles.FiltreAsync(cancellationToken)).OrderBy(d => d.Numero)
            .Select(d => $"dossier {d.Numero} ({d.Statut})").ToListAsync(cancellationToken);
        var autres = total - nommes.Count;
        return autres == 0 ? nommes : [.. nommes, autres == 1 ? "un dossier d'un autre service" : $"{autres} dossiers d'autres services"];
    }
}
