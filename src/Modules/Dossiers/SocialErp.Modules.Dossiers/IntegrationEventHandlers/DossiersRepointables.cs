using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.IntegrationEventHandlers;

/// <summary>Dossiers loaded with what points at fiches and what their access snapshot needs, for the merge handlers.</summary>
internal static class DossiersRepointables
{
    public static IQueryable<Dossier> De(DossiersDbContext db) =>
        db.Dossiers
            .Include(d => d.Membres)
            .Include(d => d.PeriodesUa)
            .Include(d => d.Referents)
            .Include(d => d.Partages)
            .AsSplitQuery();
}
