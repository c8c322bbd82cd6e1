using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Features.RechercherFiches;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;

namespace SocialErp.Modules.Fiches.Queries;

/// <summary>The search of <c>GET /api/fiches?q=</c> (index range scans on the search keys), active fiches then archived ones.</summary>
internal sealed class FichesRecherche(FichesDbContext db, LecteurFiches user) : IFichesRecherche
{
    public async Task<IReadOnlyList<Guid>> IdsAsync(string texte, int limite, CancellationToken cancellationToken)
    {
        var critere = CritereRecherche.Lire(texte);
        if (critere.Prefixes.Count == 0)
        {
            return [];
        }

        await user.ChargerAsync(cancellationToken);
        var tri = new FichesTri(FichesTri.Pertinence, false);
        var ids = await RechercheFiches.Ids(db, new FiltresFiches(false, null, null, null), critere, tri, user)
            .Take(limite + 1).ToListAsync(cancellationToken);
        if (ids.Count <= limite)
        {
            ids.AddRange(await RechercheFiches.Ids(db, new FiltresFiches(true, null, null, null), critere, tri, user)
                .Take(limite + 1 - ids.Count).ToListAsync(cancellationToken));
        }

        return ids;
    }
}
