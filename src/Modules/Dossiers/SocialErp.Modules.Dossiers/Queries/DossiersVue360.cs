using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts.Queries;

namespace SocialErp.Modules.Dossiers.Queries;

/// <summary>The "dossiers" section of a person's 360° view: the visible dossiers the fiche is a member of, with its role.</summary>
internal sealed class DossiersVue360(DossiersDbContext db, DossiersVisibles visibles) : IContributeurVue360
{
    public string Section => "dossiers";

    public async Task<object?> ContribuerAsync(Guid ficheId, CancellationToken cancellationToken)
    {
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(await visibles.FiltreAsync(cancellationToken))
            .Where(d => d.Membres.Any(m => m.FicheId == ficheId))
            .OrderByDescending(d => d.DateOuverture)
            .Select(d => new
            {
                d.Id,
                d.Numero,
                d.Nom,
                d.Prestation,
                d.Statut,
                d.DateOuverture,
                Role = d.Membres.Where(m => m.FicheId == ficheId).Select(m => m.Role).First(),
            })
            .Take(100)
            .ToListAsync(cancellationToken);
        return dossiers.Count == 0 ? null : dossiers;
    }
}
